namespace NewsBot.Storage.Tests.Analysis;

[RequiresPostgres]
public sealed class PostgresArticleAnalysisStoreTests : ArticleAnalysisStoreContract
{
    protected override Task<StoreSet> CreateStoresAsync() => PostgresStores.CreateStoreSetAsync();
}
