using Npgsql;

namespace NewsBot.Testing.Postgres;

/// <summary>A database of its own for one test on <see cref="PostgresTestServer"/>, dropped afterwards.</summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    private readonly string _serverConnectionString;

    private PostgresTestDatabase(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>The connection string of this test's database.</summary>
    public string ConnectionString { get; }

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var server = PostgresTestServer.ConnectionString
            ?? throw new InvalidOperationException($"{PostgresTestServer.Variable} is not set; mark the test [PostgresFact].");
        var database = new PostgresTestDatabase(server, $"newsbot_test_{Guid.NewGuid():N}");
        await database.ExecuteOnServerAsync($"CREATE DATABASE {database.Name};");
        return database;
    }

    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Ends every session on this database but the caller's, or those whose application name starts with
    /// <paramref name="applicationName"/>: what a crashed node looks like to the server.
    /// </summary>
    public Task TerminateSessionsAsync(string? applicationName = null) => ExecuteOnServerAsync(
        $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{Name}' AND pid <> pg_backend_pid()"
        + (applicationName is null ? ";" : $" AND application_name LIKE '{applicationName.Replace("'", "''", StringComparison.Ordinal)}%';"));

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();

        // FORCE ends the sessions a test left open (a "killed" node's pool, a held advisory lock).
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE);");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
