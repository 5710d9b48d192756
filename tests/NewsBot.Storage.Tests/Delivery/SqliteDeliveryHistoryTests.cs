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

        var plan = await database.QueryPlanAsync(DeliveryHistory.DeleteSettledSql(StorageDialect.Sqlite), "@Before", "@Limit");
        Assert.Contains("ix_deliveries_settled_created (created_at<?)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }
}
