namespace NewsBot.Storage.Tests.Articles;

public sealed class SqliteArticleStoreTests : ArticleStoreContract
{
    protected override Task<StoreSet> CreateStoresAsync() => TestDatabase.CreateStoreSetAsync();
}
