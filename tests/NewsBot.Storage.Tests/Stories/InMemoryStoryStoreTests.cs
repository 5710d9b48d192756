namespace NewsBot.Storage.Tests.Stories;

public sealed class InMemoryStoryStoreTests : StoryStoreContract
{
    protected override Task<StoreSet> CreateStoresAsync() => Task.FromResult(StoreSet.InMemory());
}
