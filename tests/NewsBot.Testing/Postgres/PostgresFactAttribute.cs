using Xunit;

namespace NewsBot.Testing.Postgres;

/// <summary>A fact that needs <see cref="PostgresTestServer"/>: skipped, with the reason, when there is none.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresTestServer.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
