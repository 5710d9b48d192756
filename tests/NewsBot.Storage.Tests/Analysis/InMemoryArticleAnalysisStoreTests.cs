namespace NewsBot.Storage.Tests.Analysis;

public sealed class InMemoryArticleAnalysisStoreTests : ArticleAnalysisStoreContract
{
    protected override Task<StoreSet> CreateStoresAsync() => Task.FromResult(StoreSet.InMemory());
}
