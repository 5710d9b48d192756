namespace NewsBot.Storage.Tests.Platforms;

public sealed class SqlitePlatformStateStoreTests : PlatformStateStoreContract
{
    protected override Task<StoreSet> CreateStoresAsync() => TestDatabase.CreateStoreSetAsync();
}
