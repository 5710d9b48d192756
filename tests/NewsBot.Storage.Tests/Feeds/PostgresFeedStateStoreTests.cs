namespace NewsBot.Storage.Tests.Feeds;

[RequiresPostgres]
public sealed class PostgresFeedStateStoreTests : FeedStateStoreContract
{
    protected override Task<StoreSet> CreateStoresAsync() => PostgresStores.CreateStoreSetAsync();
}
