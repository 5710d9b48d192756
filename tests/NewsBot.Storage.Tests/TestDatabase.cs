using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Storage.Migrations;
using NewsBot.Storage.Sqlite;
using NewsBot.Testing.Time;

namespace NewsBot.Storage.Tests;

/// <summary>A real SQLite file in its own temporary folder, deleted afterwards.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string folder)
    {
        Folder = folder;
        Connections = NewFactory();
    }

    public string Folder { get; }

    public const string ConnectionString = "Data Source=newsbot.db";

    public string FilePath => Path.Combine(Folder, "newsbot.db");

    public SqliteConnectionFactory Connections { get; }

    public static TestDatabase Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsbot-storage-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new TestDatabase(folder);
    }

    public static async Task<TestDatabase> CreateMigratedAsync()
    {
        var database = Create();
        await database.Migrator().MigrateAsync(CancellationToken.None);
        return database;
    }

    public static async Task<StoreSet> CreateStoreSetAsync()
    {
        var database = await CreateMigratedAsync();
        return database.StoreSet(database.Connections, owner: database);
    }

    /// <summary>A second factory on the same file, as another process would have.</summary>
    public SqliteConnectionFactory NewFactory() => new(
        Options.Create(new StorageOptions { ConnectionString = ConnectionString, BaseDirectory = Folder }),
        NullLogger<SqliteConnectionFactory>.Instance);

    public SqliteStorageMigrator Migrator(IReadOnlyList<Migration>? migrations = null, SqliteConnectionFactory? connections = null) => new(
        connections ?? Connections,
        migrations ?? MigrationCatalog.Sqlite,
        new FakeTimeProvider(),
        NullLogger<SqliteStorageMigrator>.Instance);

    public async Task<SqliteConnection> OpenAsync() => await Connections.OpenAsync(CancellationToken.None);

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>SQLite's plan for <paramref name="sql"/>, its steps joined by " | ", each parameter bound to 1.</summary>
    public async Task<string> QueryPlanAsync(string sql, params string[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var parameter in parameters)
        {
            explain.Parameters.AddWithValue(parameter, 1);
        }

        var steps = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(reader.GetOrdinal("detail")));
        }

        return string.Join(" | ", steps);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; let them go before deleting it. The pool is keyed by the
        // connection string the factory builds, which is this one.
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = FilePath }.ToString()))
        {
            SqliteConnection.ClearPool(connection);
        }

        Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    private StoreSet StoreSet(SqliteConnectionFactory connections, IAsyncDisposable? owner) =>
        Tests.StoreSet.Over(connections, () => StoreSet(NewFactory(), owner: null), owner);
}
