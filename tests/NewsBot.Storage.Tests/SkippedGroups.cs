namespace NewsBot.Storage.Tests;

/// <summary>Says once, in `dotnet test`'s default output, why this project's PostgreSQL tests are skipped.</summary>
public sealed class SkippedGroups
{
    [PostgresNotice]
    public static void PostgresTests_RunWhenAServerIsNamed() => Assert.Null(PostgresTestServer.SkipReason);
}
