using Dapper;
using NewsBot.Core.Delivery;
using NewsBot.Storage.Shared;

namespace NewsBot.Storage.Delivery;

internal sealed class DeliveryHistory(IStorageConnections connections) : IDeliveryHistory
{
    private readonly string _deleteSettled = DeleteSettledSql(connections.Dialect);

    /// <summary>
    /// The batch's statement: the settled rows by age (migration 0014's partial index), those of stories still
    /// being told left out. A story's updated_at is when its last article joined it.
    /// </summary>
    /// <remarks>
    /// SQLite is told the index: without statistics it took ix_deliveries_due for the status and read every
    /// settled row to find the old ones, under the write lock, at every batch.
    /// </remarks>
    internal static string DeleteSettledSql(StorageDialect dialect) => $"""
        DELETE FROM deliveries WHERE id IN (
            SELECT d.id FROM deliveries d {dialect.Pick(sqlite: "INDEXED BY ix_deliveries_settled_created", postgres: "")}
            WHERE d.status IN ('sent', 'dead', 'skipped') AND d.created_at < @Before
              AND NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = d.story_id AND s.updated_at >= @Before)
            LIMIT @Limit);
        """;

    public async Task<int> DeleteSettledAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await connections.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            _deleteSettled, new { Before = UnixTime.ToMs(before), Limit = limit }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
