using Xunit;
using Xunit.Sdk;

namespace NewsBot.Testing.Postgres;

/// <summary>
/// A fact of a contract shared by several backends. It runs like <see cref="FactAttribute"/>, except in a
/// class marked <see cref="RequiresPostgresAttribute"/> when PostgreSQL is not available, where it is skipped.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("NewsBot.Testing.Postgres.ContractFactDiscoverer", "NewsBot.Testing")]
public sealed class ContractFactAttribute : FactAttribute;
