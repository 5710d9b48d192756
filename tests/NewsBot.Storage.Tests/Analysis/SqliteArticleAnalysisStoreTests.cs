namespace NewsBot.Storage.Tests.Analysis;

public sealed class SqliteArticleAnalysisStoreTests : ArticleAnalysisStoreContract
{
    protected override Task<StoreSet> CreateStoresAsync() => TestDatabase.CreateStoreSetAsync();
}
