namespace NewsBot.Storage.Tests.Articles;

[RequiresPostgres]
public sealed class PostgresArticleTextHistoryTests : ArticleTextHistoryContract
{
    protected override Task<StoreSet> CreateStoresAsync() => PostgresStores.CreateStoreSetAsync();
}
