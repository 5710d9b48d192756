using Xunit;

namespace NewsBot.Testing.Postgres;

/// <summary>
/// Marks a project's one notice test for its PostgreSQL tests. `dotnet test` lists skipped tests by name only,
/// never their reason; this test is skipped with the same reason and carries it in its name, so the default
/// output says once why that group was skipped.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresNoticeAttribute : FactAttribute
{
    public PostgresNoticeAttribute()
    {
        if (PostgresTestServer.SkipReason is { } reason)
        {
            Skip = reason;
            DisplayName = $"Why the PostgreSQL tests of this project are skipped: {reason}";
        }
    }
}
