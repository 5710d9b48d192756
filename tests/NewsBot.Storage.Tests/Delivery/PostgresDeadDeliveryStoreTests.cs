namespace NewsBot.Storage.Tests.Delivery;

[RequiresPostgres]
public sealed class PostgresDeadDeliveryStoreTests : DeadDeliveryStoreContract
{
    protected override Task<StoreSet> CreateStoresAsync() => PostgresStores.CreateStoreSetAsync();
}
