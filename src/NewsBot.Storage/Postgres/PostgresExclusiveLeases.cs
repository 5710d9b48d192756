using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Platforms;
using Npgsql;

namespace NewsBot.Storage.Postgres;

/// <summary>
/// <see cref="IExclusiveLeases"/> across nodes: a lease is a session-level PostgreSQL advisory lock held by
/// a connection of its own. The server releases it when that session ends, so a node that dies (or loses
/// the network) gives the lease up without anyone's help, and another node's next try gets it.
/// </summary>
internal sealed class PostgresExclusiveLeases(
    IOptions<StorageOptions> options,
    TimeProvider timeProvider,
    ILogger<PostgresExclusiveLeases> logger) : IExclusiveLeases
{
    // The two-key form keeps leases apart from the migrator's single-key lock; the first key says "NewsBot lease".
    private const int LeaseLockClass = 0x4E42; // "NB"

    private readonly string _connectionString = LeaseConnectionString(options.Value.ConnectionString);

    public async Task<IExclusiveLease?> TryAcquireAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var connection = new NpgsqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@class, hashtext(@name));", connection);
            command.Parameters.AddWithValue("class", LeaseLockClass);
            command.Parameters.AddWithValue("name", name);
            if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true)
            {
                Log.LeaseAcquired(logger, name);
                return new PostgresExclusiveLease(name, connection, TimeSpan.FromSeconds(options.Value.LeaseCheckSeconds), timeProvider, logger);
            }
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        await connection.DisposeAsync().ConfigureAwait(false);
        return null;
    }

    private static string LeaseConnectionString(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);

        // Its own session: a pooled connection would go back to the pool still holding the lock. Named after
        // the node's own sessions, so an operator sees whose it is in pg_stat_activity.
        builder.Pooling = false;
        builder.ApplicationName = $"{builder.ApplicationName ?? "newsbot"}-lease";
        return builder.ConnectionString;
    }
}
