namespace NewsBot.Storage.Tests.Subscriptions;

public sealed class InMemorySubscriptionStoreTests : SubscriptionStoreContract
{
    protected override Task<StoreSet> CreateStoresAsync() => Task.FromResult(StoreSet.InMemory());
}
