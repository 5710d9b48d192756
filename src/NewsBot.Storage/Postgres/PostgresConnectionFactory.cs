using Microsoft.Extensions.Options;
using Npgsql;

namespace NewsBot.Storage.Postgres;

/// <summary>Opens pooled connections to the configured PostgreSQL database.</summary>
internal sealed class PostgresConnectionFactory : IAsyncDisposable, IDisposable
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

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();
}
