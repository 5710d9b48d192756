namespace NewsBot.Storage.Tests.Articles;

[RequiresPostgres]
public sealed class PostgresArticleStoreTests : ArticleStoreContract
{
    protected override Task<StoreSet> CreateStoresAsync() => PostgresStores.CreateStoreSetAsync();
}
