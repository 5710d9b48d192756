namespace NewsBot.Storage.Tests.Delivery;

public sealed class SqliteDeliveryStoreTests : DeliveryStoreContract
{
    protected override Task<StoreSet> CreateStoresAsync() => TestDatabase.CreateStoreSetAsync();
}
