using Xunit.Abstractions;
using Xunit.Sdk;

namespace NewsBot.Testing.Postgres;

/// <summary>Why a contract test is skipped here, and the skipped test case that says so.</summary>
internal static class ContractSkip
{
    public static string? ReasonFor(ITestMethod testMethod) =>
        testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute)).Any()
            ? PostgresTestServer.SkipReason
            : null;

    public static IXunitTestCase Skipped(IMessageSink sink, ITestFrameworkDiscoveryOptions options, ITestMethod testMethod, string reason) =>
        new XunitSkippedDataRowTestCase(sink, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), testMethod, reason);
}
