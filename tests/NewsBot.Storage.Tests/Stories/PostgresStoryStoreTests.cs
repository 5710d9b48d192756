namespace NewsBot.Storage.Tests.Stories;

[RequiresPostgres]
public sealed class PostgresStoryStoreTests : StoryStoreContract
{
    protected override Task<StoreSet> CreateStoresAsync() => PostgresStores.CreateStoreSetAsync();
}
