namespace NewsBot.Testing.Postgres;

/// <summary>
/// On a test class whose tests are inherited from a backend-neutral contract: its
/// <see cref="ContractFactAttribute"/> and <see cref="ContractTheoryAttribute"/> tests are skipped when
/// <see cref="PostgresTestServer"/> is not available.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresPostgresAttribute : Attribute;
