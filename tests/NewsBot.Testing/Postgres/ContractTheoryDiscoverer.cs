using Xunit.Abstractions;
using Xunit.Sdk;

namespace NewsBot.Testing.Postgres;

/// <summary>Discovers <see cref="ContractTheoryAttribute"/> tests, skipping them where PostgreSQL is missing.</summary>
public sealed class ContractTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        ContractSkip.ReasonFor(testMethod) is { } reason
            ? [ContractSkip.Skipped(DiagnosticMessageSink, discoveryOptions, testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, theoryAttribute);
}
