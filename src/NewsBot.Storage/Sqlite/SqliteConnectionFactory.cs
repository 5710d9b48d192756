using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Storage.Shared;

namespace NewsBot.Storage.Sqlite;

/// <summary>Opens connections to the configured SQLite database, each ready for use (foreign keys on, busy timeout, its page cache bounded).</summary>
internal sealed class SqliteConnectionFactory : IStorageConnections
{
    private const int BusyTimeoutMilliseconds = 5000;

    private readonly string _connectionString;
    private readonly string _settingsPragmas;
    private readonly string? _filePath;
    private readonly ILogger<SqliteConnectionFactory> _logger;
    private readonly SqliteWriteTurn _writeTurn = new();
    private volatile bool _databasePrepared;

    public SqliteConnectionFactory(IOptions<StorageOptions> options, ILogger<SqliteConnectionFactory> logger)
    {
        (_connectionString, _filePath) = SqliteDatabaseLocation.Resolve(options.Value.ConnectionString, options.Value.BaseDirectory);
        _logger = logger;

        // Neither returns a row, so one command carries both (see OpenAsync). The cache size is negative: KiB
        // rather than a number of pages, so it holds whatever the page size.
        _settingsPragmas = $"PRAGMA foreign_keys=ON; PRAGMA cache_size=-{options.Value.SqliteCacheKilobytes};";
    }

    /// <summary>The database file, or null for an in-memory database.</summary>
    public string? FilePath => _filePath;

    public StorageDialect Dialect => StorageDialect.Sqlite;

    public Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) =>
        OpenAsync(new SqliteConnection(_connectionString), cancellationToken);

    /// <summary>
    /// A connection for a write: it first waits, without holding a thread, for this factory's write turn and
    /// keeps it until it is disposed. There is one factory per process (a singleton), so the process's
    /// writers queue here instead of in SQLite's busy handler.
    /// </summary>
    public async Task<SqliteConnection> OpenForWriteAsync(CancellationToken cancellationToken)
    {
        var release = await _writeTurn.TakeAsync(_filePath ?? _connectionString, cancellationToken).ConfigureAwait(false);
        try
        {
            return await OpenAsync(new SqliteWriterConnection(_connectionString, release), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            release();
            throw;
        }
    }

    async Task<DbConnection> IStorageConnections.OpenAsync(CancellationToken cancellationToken) =>
        await OpenAsync(cancellationToken).ConfigureAwait(false);

    async Task<DbConnection> IStorageConnections.OpenForWriteAsync(CancellationToken cancellationToken) =>
        await OpenForWriteAsync(cancellationToken).ConfigureAwait(false);

    private async Task<SqliteConnection> OpenAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (!_databasePrepared && _filePath is not null)
        {
            var folder = Path.GetDirectoryName(_filePath);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // Per connection: SQLite forgets these when a connection closes. The busy timeout comes first so
            // that switching to WAL below also waits for a concurrent opener instead of failing.
            // Busy timeout in a command of its own: Microsoft.Data.Sqlite can lose an error of a statement that
            // follows one returning a row, and PRAGMA busy_timeout returns one. The others return none and share
            // one command, as every open (pooled ones too) runs them.
            await ExecuteAsync(connection, $"PRAGMA busy_timeout={BusyTimeoutMilliseconds};", cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, _settingsPragmas, cancellationToken).ConfigureAwait(false);
            if (!_databasePrepared)
            {
                await PrepareDatabaseAsync(connection, cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// WAL is a property of the database file and survives closing, so once per factory is enough; a race
    /// between two first connections only sets it twice, which is harmless.
    /// </summary>
    private async Task PrepareDatabaseAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        var mode = (string?)await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        if (_filePath is not null && !string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            // Some file systems (network shares) cannot do WAL; SQLite then keeps its rollback journal.
            Log.WalUnavailable(_logger, _filePath, mode ?? "unknown");
        }

        _databasePrepared = true;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
