using Xunit;
using Xunit.Sdk;

namespace NewsBot.Testing.Postgres;

/// <summary>The theory counterpart of <see cref="ContractFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("NewsBot.Testing.Postgres.ContractTheoryDiscoverer", "NewsBot.Testing")]
public sealed class ContractTheoryAttribute : TheoryAttribute;
