using NewsBot.Storage.Analysis;
using NewsBot.Storage.Articles;
using NewsBot.Storage.Delivery;
using NewsBot.Storage.Migrations;
using NewsBot.Storage.Stories;
using NewsBot.Storage.Subscriptions;

namespace NewsBot.Storage.Tests.Sqlite;

/// <summary>
/// A database written by an earlier release must open, migrate and keep its data with today's build and its
/// SQLite. The fixture is the demo's database as the release before the SQLite 3.53 upgrade wrote it
/// (Microsoft.Data.Sqlite.Core 6.0.7, SQLite 3.35.5, schema 10, WAL): `newsbot demo --fresh --database FILE`.
/// </summary>
public sealed class ReleaseDatabaseTests
{
    private const string Fixture = "demo-sqlite-3.35.5-schema10.db";
    private const int FixtureSchemaVersion = 10;

    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Migrate_DatabaseOfTheSqlite3355Release_AppliesOnlyLaterMigrationsAndKeepsTheData()
    {
        await using var database = await CopyOfFixtureAsync();

        var result = await database.Migrator().MigrateAsync(None);

        Assert.Equal(MigrationCatalog.Sqlite.Skip(FixtureSchemaVersion).Select(m => m.ToString()), result.Applied);
        Assert.Equal(MigrationCatalog.Sqlite.Count, result.SchemaVersion);
        Assert.Equal("ok", await database.ScalarAsync<string>("PRAGMA integrity_check;"));
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM pragma_foreign_key_check;"));

        // What the demo stored, read back through today's stores.
        var subscription = Assert.Single(await new SubscriptionStore(database.Connections).ListActiveAsync(None));
        Assert.Equal(("console", "Corée du Nord"), (subscription.Channel.Platform, subscription.Query));
        var article = await new ArticleStore(database.Connections).GetAsync(1, None);
        Assert.StartsWith("Corée du Nord", article!.Title, StringComparison.Ordinal);
        var analysis = await new ArticleAnalysisStore(database.Connections).GetAsync(article.Id, None);
        Assert.Equal("fr", analysis!.Language);
        Assert.NotEmpty(analysis.Figures);
        var stories = new StoryStore(database.Connections);
        var storyId = await stories.FindStoryOfAsync(article.Id, None);
        Assert.Equal(5, (await stories.ListArticleIdsAsync(storyId!.Value, None)).Count);
        var deliveries = await new DeliveryStore(database.Connections).ListByChannelAsync(subscription.Channel, None);
        Assert.Equal(5, deliveries.Count);
    }

    [Fact]
    public async Task Write_DatabaseOfTheSqlite3355Release_TakesNewRowsNextToTheOldOnes()
    {
        await using var database = await CopyOfFixtureAsync();
        await database.Migrator().MigrateAsync(None);
        var articles = new ArticleStore(database.Connections);

        var added = await articles.TryAddAsync(Samples.Article("after-upgrade"), None);
        var subscription = await new SubscriptionStore(database.Connections).AddAsync(
            new() { Channel = Samples.Channel, Query = "Ukraine", CreatedAt = Samples.Now }, None);

        Assert.Equal(6, added!.Id);
        Assert.Equal(2, subscription.Id);
        Assert.Equal(6, (await articles.ListRecentAsync(10, None)).Count);
        Assert.Equal("ok", await database.ScalarAsync<string>("PRAGMA integrity_check;"));
    }

    private static async Task<TestDatabase> CopyOfFixtureAsync()
    {
        var database = TestDatabase.Create();
        await using var source = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", Fixture));
        await using var copy = File.Create(database.FilePath);
        await source.CopyToAsync(copy);
        return database;
    }
}
