namespace NewsBot.Storage.Tests.Feeds;

public sealed class InMemoryFeedStateStoreTests : FeedStateStoreContract
{
    protected override Task<StoreSet> CreateStoresAsync() => Task.FromResult(StoreSet.InMemory());
}
