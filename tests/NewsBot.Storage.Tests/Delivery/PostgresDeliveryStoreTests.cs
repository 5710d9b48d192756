namespace NewsBot.Storage.Tests.Delivery;

[RequiresPostgres]
public sealed class PostgresDeliveryStoreTests : DeliveryStoreContract
{
    protected override Task<StoreSet> CreateStoresAsync() => PostgresStores.CreateStoreSetAsync();
}
