using NewsBot.Storage.Articles;
using NewsBot.Storage.Shared;

namespace NewsBot.Storage.Tests.Articles;

public sealed class SqliteArticleTextHistoryTests : ArticleTextHistoryContract
{
    protected override Task<StoreSet> CreateStoresAsync() => TestDatabase.CreateStoreSetAsync();

    [Fact]
    public async Task DropOldTexts_OnSqlite_ReadsTheArticlesStillHoldingTheirTextByAgeWithoutSortingThem()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();

        var plan = await database.QueryPlanAsync(ArticleTextHistory.DropOldTextsSql(StorageDialect.Sqlite), "@Before", "@Now", "@Limit");
        Assert.Contains("ix_articles_text_kept (fetched_at<?)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }
}
