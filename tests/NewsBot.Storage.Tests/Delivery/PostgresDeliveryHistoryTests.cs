namespace NewsBot.Storage.Tests.Delivery;

[RequiresPostgres]
public sealed class PostgresDeliveryHistoryTests : DeliveryHistoryContract
{
    protected override Task<StoreSet> CreateStoresAsync() => PostgresStores.CreateStoreSetAsync();
}
