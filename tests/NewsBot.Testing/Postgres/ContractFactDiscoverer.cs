using Xunit.Abstractions;
using Xunit.Sdk;

namespace NewsBot.Testing.Postgres;

/// <summary>Discovers <see cref="ContractFactAttribute"/> tests, skipping them where PostgreSQL is missing.</summary>
public sealed class ContractFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        ContractSkip.ReasonFor(testMethod) is { } reason
            ? [ContractSkip.Skipped(DiagnosticMessageSink, discoveryOptions, testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, factAttribute);
}
