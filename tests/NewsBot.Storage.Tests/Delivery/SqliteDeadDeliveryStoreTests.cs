namespace NewsBot.Storage.Tests.Delivery;

public sealed class SqliteDeadDeliveryStoreTests : DeadDeliveryStoreContract
{
    protected override Task<StoreSet> CreateStoresAsync() => TestDatabase.CreateStoreSetAsync();
}
