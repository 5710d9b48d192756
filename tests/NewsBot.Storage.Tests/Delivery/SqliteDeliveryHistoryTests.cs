using NewsBot.Storage.Delivery;
using NewsBot.Storage.Shared;

namespace NewsBot.Storage.Tests.Delivery;

public sealed class SqliteDeliveryHistoryTests : DeliveryHistoryContract
{
    protected override Task<StoreSet> CreateStoresAsync() => TestDatabase.CreateStoreSetAsync();

    [Fact]
    public async Task DeleteSettled_OnSqlite_ReadsTheSettledRowsByAgeWithoutSortingThem()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();

        await using var connection = await database.Connections.OpenAsync(CancellationToken.None);
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + DeliveryHistory.DeleteSettledSql(StorageDialect.Sqlite);
        explain.Parameters.AddWithValue("@Before", 1L);
        explain.Parameters.AddWithValue("@Limit", 10);
        var steps = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync(CancellationToken.None))
        {
            while (await reader.ReadAsync(CancellationToken.None))
            {
                steps.Add(reader.GetString(reader.GetOrdinal("detail")));
            }
        }

        var plan = string.Join(" | ", steps);
        Assert.Contains("ix_deliveries_settled_created (created_at<?)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }
}
