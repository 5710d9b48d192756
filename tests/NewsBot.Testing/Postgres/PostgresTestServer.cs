using Npgsql;

namespace NewsBot.Testing.Postgres;

/// <summary>
/// The PostgreSQL server tests may use, named by <c>NEWSBOT_TEST_POSTGRES</c> (an Npgsql connection string
/// to a role allowed to create databases). Tests needing it are skipped, with the reason, when it is not set
/// or not reachable, unless <c>NEWSBOT_TEST_POSTGRES_REQUIRED=1</c> (CI), where they run and fail instead.
/// </summary>
public static class PostgresTestServer
{
    public const string Variable = "NEWSBOT_TEST_POSTGRES";

    public const string RequiredVariable = "NEWSBOT_TEST_POSTGRES_REQUIRED";

    private static readonly Lazy<string?> Unavailable = new(Probe);

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Why PostgreSQL tests are skipped here, or null when they run.</summary>
    public static string? SkipReason => Environment.GetEnvironmentVariable(RequiredVariable) == "1" ? null : Unavailable.Value;

    private static string? Probe()
    {
        if (ConnectionString is not { } connectionString)
        {
            return $"PostgreSQL tests need {Variable}, e.g. 'Host=127.0.0.1;Port=55432;Username=newsbot;Database=postgres' (.ci/run sets it).";
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 3, Pooling = false };
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or ArgumentException or TimeoutException)
        {
            return $"PostgreSQL named by {Variable} is not reachable: {ex.Message}";
        }
    }
}
