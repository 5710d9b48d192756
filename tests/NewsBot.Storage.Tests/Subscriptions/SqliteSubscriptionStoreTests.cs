namespace NewsBot.Storage.Tests.Subscriptions;

public sealed class SqliteSubscriptionStoreTests : SubscriptionStoreContract
{
    protected override Task<StoreSet> CreateStoresAsync() => TestDatabase.CreateStoreSetAsync();
}
