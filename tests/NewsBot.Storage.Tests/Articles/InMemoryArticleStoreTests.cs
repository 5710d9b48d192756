namespace NewsBot.Storage.Tests.Articles;

public sealed class InMemoryArticleStoreTests : ArticleStoreContract
{
    protected override Task<StoreSet> CreateStoresAsync() => Task.FromResult(StoreSet.InMemory());
}
