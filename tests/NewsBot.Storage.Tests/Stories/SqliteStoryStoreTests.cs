namespace NewsBot.Storage.Tests.Stories;

public sealed class SqliteStoryStoreTests : StoryStoreContract
{
    protected override Task<StoreSet> CreateStoresAsync() => TestDatabase.CreateStoreSetAsync();
}
