using System.Data.Common;
using Microsoft.Extensions.Options;
using NewsBot.Storage.Shared;
using Npgsql;

namespace NewsBot.Storage.Postgres;

/// <summary>Opens pooled connections to the configured PostgreSQL database.</summary>
internal sealed class PostgresConnectionFactory : IStorageConnections, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresConnectionFactory(IOptions<StorageOptions> options)
        : this(options.Value.ConnectionString)
    {
    }

    public PostgresConnectionFactory(string connectionString)
    {
        ConnectionString = connectionString;
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    public string ConnectionString { get; }

    public StorageDialect Dialect => StorageDialect.Postgres;

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    async Task<DbConnection> IStorageConnections.OpenAsync(CancellationToken cancellationToken) =>
        await OpenAsync(cancellationToken).ConfigureAwait(false);

    // Row locks and unique keys order PostgreSQL's writers; several nodes write at once.
    Task<DbConnection> IStorageConnections.OpenForWriteAsync(CancellationToken cancellationToken) =>
        ((IStorageConnections)this).OpenAsync(cancellationToken);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();
}
