using Dapper;
using NewsBot.Core.Delivery;
using NewsBot.Storage.Shared;

namespace NewsBot.Storage.Delivery;

internal sealed class DeadDeliveryStore(IStorageConnections connections) : IDeadDeliveryStore
{
    private const string Requeue = """
        UPDATE deliveries SET status = 'due', attempts = 0, next_attempt_at = @Now, lease_until = NULL
        WHERE status = 'dead'
        """;

    public async Task<IReadOnlyList<Core.Delivery.Delivery>> ListDeadAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<DeliveryRow>(new CommandDefinition(
            $"SELECT {DeliveryRow.Columns} FROM deliveries WHERE status = 'dead' ORDER BY id LIMIT @limit;", new { limit }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToDelivery()).ToList();
    }

    public async Task<int> RequeueDeadAsync(IReadOnlyCollection<long>? deliveryIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (deliveryIds is { Count: 0 })
        {
            return 0;
        }

        var nowMs = UnixTime.ToMs(now);
        await using var connection = await connections.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connections.Dialect.BeginSingleStatementWriteAsync(connection, cancellationToken).ConfigureAwait(false);

        // PostgreSQL takes the ids as one array; SQLite runs the statement once per id.
        var requeued = await connection.ExecuteAsync(deliveryIds switch
        {
            null => new CommandDefinition(Requeue + ";", new { Now = nowMs }, transaction, cancellationToken: cancellationToken),
            _ when connections.Dialect.IsPostgres => new CommandDefinition(
                Requeue + " AND id = ANY(@Ids);", new { Ids = deliveryIds.ToArray(), Now = nowMs }, cancellationToken: cancellationToken),
            _ => new CommandDefinition(
                Requeue + " AND id = @Id;", deliveryIds.Select(id => new { Id = id, Now = nowMs }).ToList(), transaction, cancellationToken: cancellationToken),
        }).ConfigureAwait(false);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return requeued;
    }
}
