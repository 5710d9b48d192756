namespace NewsBot.Storage.Tests.Platforms;

public sealed class InMemoryPlatformStateStoreTests : PlatformStateStoreContract
{
    protected override Task<StoreSet> CreateStoresAsync() => Task.FromResult(StoreSet.InMemory());
}
