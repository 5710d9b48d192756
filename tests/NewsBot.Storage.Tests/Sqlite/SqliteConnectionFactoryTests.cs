using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Storage.Sqlite;

namespace NewsBot.Storage.Tests.Sqlite;

public sealed class SqliteConnectionFactoryTests
{
    [Theory]
    [InlineData("PRAGMA journal_mode;", "wal")]
    [InlineData("PRAGMA foreign_keys;", 1L)]
    [InlineData("PRAGMA busy_timeout;", 5000L)]
    [InlineData("PRAGMA cache_size;", -512L)]
    public async Task Open_NewConnection_HasTheDatabaseSettings(string pragma, object expected)
    {
        await using var database = TestDatabase.Create();

        // A second factory on the same file: its connections get the settings too.
        await database.OpenAsync();
        await using var connection = await database.NewFactory().OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = pragma;

        Assert.Equal(expected, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Open_CacheSizeConfigured_BoundsEachConnectionsPageCacheInKilobytes()
    {
        await using var database = TestDatabase.Create();
        var factory = new SqliteConnectionFactory(
            Options.Create(new StorageOptions { ConnectionString = $"Data Source={database.FilePath}", SqliteCacheKilobytes = 128 }),
            NullLogger<SqliteConnectionFactory>.Instance);

        await using var connection = await factory.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA cache_size;";

        Assert.Equal(-128L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Open_WithoutAnyInitialisation_RunsTheBundledSqlite353OrLater()
    {
        // Microsoft.Data.Sqlite loads its e_sqlite3 bundle itself; an older engine here would mean a package
        // downgrade (the 2.0.x bundle brought SQLite 3.35).
        await using var database = TestDatabase.Create();

        var version = Version.Parse(await database.ScalarAsync<string>("SELECT sqlite_version();"));

        Assert.True(version >= new Version(3, 53), $"SQLite {version}");
    }

    [Fact]
    public async Task Open_RelativeDataSource_ResolvesAgainstBaseDirectoryAndCreatesTheFolder()
    {
        await using var database = TestDatabase.Create();
        var factory = new SqliteConnectionFactory(
            Options.Create(new StorageOptions { ConnectionString = "Data Source=data/sub/bot.db", BaseDirectory = database.Folder }),
            NullLogger<SqliteConnectionFactory>.Instance);

        await using (await factory.OpenAsync(CancellationToken.None))
        {
        }

        var expected = Path.Combine(database.Folder, "data", "sub", "bot.db");
        Assert.Equal(expected, factory.FilePath);
        Assert.True(File.Exists(expected));
    }

    [Fact]
    public void Resolve_AbsoluteDataSource_IsKept()
    {
        var absolute = Path.Combine(Path.GetTempPath(), "elsewhere", "bot.db");

        var (_, path) = SqliteDatabaseLocation.Resolve($"Data Source={absolute}", "/srv/newsbot");

        Assert.Equal(absolute, path);
    }

    [Fact]
    public void Resolve_InMemoryDatabase_HasNoFile()
    {
        var (connectionString, path) = SqliteDatabaseLocation.Resolve("Data Source=:memory:", "/srv/newsbot");

        Assert.Null(path);
        Assert.Contains(":memory:", connectionString, StringComparison.Ordinal);
    }
}
