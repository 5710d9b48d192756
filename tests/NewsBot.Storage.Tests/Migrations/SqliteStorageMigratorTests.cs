using Microsoft.Data.Sqlite;
using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;
using NewsBot.Storage.Articles;
using NewsBot.Storage.Delivery;
using NewsBot.Storage.Feeds;
using NewsBot.Storage.Migrations;
using NewsBot.Storage.Subscriptions;

namespace NewsBot.Storage.Tests.Migrations;

public sealed class SqliteStorageMigratorTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    // Derived from the catalog so that adding a migration does not mean editing every test here.
    private static IReadOnlyList<string> AllNames => MigrationCatalog.Sqlite.Select(m => m.ToString()).ToList();

    [Fact]
    public async Task Migrate_FreshDatabase_AppliesEveryMigrationAndRecordsThem()
    {
        await using var database = TestDatabase.Create();

        var result = await database.Migrator().MigrateAsync(None);

        Assert.Equal(AllNames, result.Applied);
        Assert.Equal(MigrationCatalog.Sqlite.Count, result.SchemaVersion);
        Assert.Equal(MigrationCatalog.Sqlite.Count, await database.ScalarAsync<long>("SELECT count(*) FROM schema_migrations;"));
        Assert.Equal(4L, await database.ScalarAsync<long>(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('feeds', 'articles', 'subscriptions', 'deliveries');"));
    }

    [Fact]
    public async Task Migrate_SecondRun_AppliesNothing()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();

        var result = await database.Migrator().MigrateAsync(None);

        Assert.Empty(result.Applied);
        Assert.Equal(MigrationCatalog.Sqlite.Count, result.SchemaVersion);
        Assert.Equal(MigrationCatalog.Sqlite.Count, await database.ScalarAsync<long>("SELECT count(*) FROM schema_migrations;"));
    }

    [Fact]
    public async Task Migrate_DatabaseAtVersion1WithData_UpgradesAndKeepsTheData()
    {
        await using var database = TestDatabase.Create();
        await database.Migrator(MigrationCatalog.Sqlite.Take(1).ToList()).MigrateAsync(None);
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM sqlite_master WHERE name = 'deliveries';"));

        // Written as version 1 of the code wrote it, not through today's stores.
        await database.ExecuteAsync("""
            INSERT INTO feeds (name, etag, consecutive_failures) VALUES ('lemonde', '"v1"', 2);
            INSERT INTO articles (feed_id, external_id, link, canonical_link, title, text, published, published_offset_minutes,
                                  published_precision, content_hash, fetched_at)
            VALUES (1, 'guid-old', 'https://example.org/old', 'https://example.org/old', 'Old title', 'Old text.',
                    1727740800000, 0, 'month', 'hash-old', 1729843200000);
            """);

        var result = await database.Migrator().MigrateAsync(None);

        Assert.Equal(AllNames.Skip(1), result.Applied);
        var article = await new ArticleStore(database.Connections).GetAsync(1, None);
        Assert.Equal(("lemonde", "Old title", "2024-10"), (article!.FeedName, article.Title, article.Published!.ToString()));
        var feed = await new FeedStateStore(database.Connections).GetAsync("lemonde", None);
        Assert.Equal(("\"v1\"", 2), (feed.ETag, feed.ConsecutiveFailures));

        // The new tables work with the old rows.
        var subscription = await new SubscriptionStore(database.Connections).AddAsync(
            new NewSubscription { Channel = Samples.Channel, Query = "Old", CreatedAt = Samples.Now }, None);
        var deliveries = new DeliveryStore(database.Connections);
        await deliveries.EnqueueAsync([new NewDelivery { Channel = Samples.Channel, ArticleId = article.Id, SubscriptionId = subscription.Id, CreatedAt = Samples.Now }], None);
        Assert.Equal(article.Id, Assert.Single(await deliveries.ClaimDueAsync(null, 10, Samples.Now, Samples.Now.AddMinutes(1), None)).ArticleId);
    }

    [Fact]
    public async Task Migrate_DeliveriesFromVersion11_KeepTheirRowsIdsAndCounter_AndTakeTheNewStatuses()
    {
        await using var database = TestDatabase.Create();
        await database.Migrator(MigrationCatalog.Sqlite.Take(11).ToList()).MigrateAsync(None);
        await database.ExecuteAsync("""
            INSERT INTO feeds (name) VALUES ('lemonde');
            INSERT INTO articles (feed_id, external_id, link, canonical_link, title, text, content_hash, fetched_at)
            VALUES (1, 'g1', 'https://example.org/1', 'https://example.org/1', 'One', 'One.', 'h1', 1729843200000),
                   (1, 'g2', 'https://example.org/2', 'https://example.org/2', 'Two', 'Two.', 'h2', 1729843200000);
            INSERT INTO deliveries (id, platform, channel_id, article_id, subscription_id, status, attempts, created_at, next_attempt_at, message_id, sent_at)
            VALUES (40, 'telegram', '-1001', 1, 1, 'sent', 1, 1729843200000, 1729843200000, 'm40', 1729843200000);
            INSERT INTO deliveries (id, platform, channel_id, article_id, subscription_id, status, attempts, created_at, next_attempt_at)
            VALUES (41, 'telegram', '-1001', 2, 1, 'due', 0, 1729843200000, 1729843200000);
            -- A delivery once had id 57 and is gone: its id must never be handed out again (it is Discord's nonce).
            UPDATE sqlite_sequence SET seq = 57 WHERE name = 'deliveries';
            """);

        await database.Migrator().MigrateAsync(None);

        var store = new DeliveryStore(database.Connections);
        var rows = await store.ListByChannelAsync(Samples.Channel, None);
        Assert.Equal([(40L, DeliveryStatus.Sent, "m40"), (41L, DeliveryStatus.Due, (string?)null)], rows.Select(r => (r.Id, r.Status, r.MessageId)));
        await store.MarkUncertainAsync(41, "lost", Samples.Now, Samples.Now, None);
        await store.MarkSkippedAsync(41, "skip", None);
        Assert.Equal(DeliveryStatus.Skipped, (await store.ListByChannelAsync(Samples.Channel, None))[1].Status);
        await database.ExecuteAsync("""
            INSERT INTO articles (feed_id, external_id, link, canonical_link, title, text, content_hash, fetched_at)
            VALUES (1, 'g3', 'https://example.org/3', 'https://example.org/3', 'Three', 'Three.', 'h3', 1729843200000);
            """);
        await store.EnqueueAsync([new NewDelivery { Channel = Samples.Channel, ArticleId = 3, SubscriptionId = 1, CreatedAt = Samples.Now }], None);
        Assert.Equal(58L, (await store.ListByChannelAsync(Samples.Channel, None))[2].Id);
        Assert.Equal(
            "ix_deliveries_channel_alerts_sent,ix_deliveries_due,ix_deliveries_platform_due,ix_deliveries_settled_created,ix_deliveries_story_writes,uq_deliveries_channel_story_alert",
            await database.ScalarAsync<string>(
                "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'deliveries' AND sql IS NOT NULL ORDER BY name);"));
        await Assert.ThrowsAsync<SqliteException>(() => database.ExecuteAsync("UPDATE deliveries SET status = 'lost' WHERE id = 40;"));
    }

    [Fact]
    public async Task Migrate_ToTheLatest_APlatformsClaimReadsItsDueRowsInOrderWithoutSortingTheBacklog()
    {
        await using var database = TestDatabase.Create();
        await database.Migrator().MigrateAsync(None);

        // The claim's filter and order (DeliveryStore.Claim): without the per-platform index SQLite read every due
        // row of every platform and sorted them (USE TEMP B-TREE FOR ORDER BY).
        var plan = await database.QueryPlanAsync("""
            SELECT id FROM deliveries
            WHERE status IN ('due', 'uncertain') AND next_attempt_at <= 1 AND (lease_until IS NULL OR lease_until < 1) AND platform = 'discord'
            ORDER BY next_attempt_at, id LIMIT 50;
            """);

        Assert.Contains("ix_deliveries_platform_due", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(DeliveryStore.CountSentSince), "thread_id=? AND sent_at>?")]
    [InlineData(nameof(DeliveryStore.LastSentAt), "thread_id=?")]
    public async Task Migrate_ToTheLatest_AChannelsSentAlertsAreCountedFromTheirIndexNotItsWholeHistory(string query, string lastKey)
    {
        await using var database = await TestDatabase.CreateMigratedAsync();
        var sql = query == nameof(DeliveryStore.CountSentSince) ? DeliveryStore.CountSentSince : DeliveryStore.LastSentAt;

        // Through the channel's unique key SQLite read every row the channel ever had, table page by table page;
        // the index covers both queries, so neither reads the table.
        var plan = await database.QueryPlanAsync(sql, "@Platform", "@ChannelId", "@ThreadId", "@Since");

        Assert.True(plan.Contains($"USING COVERING INDEX ix_deliveries_channel_alerts_sent (platform=? AND channel_id=? AND {lastKey})", StringComparison.Ordinal), plan);
    }

    [Fact]
    public async Task Migrate_ToTheLatest_AMessagesLastWriteIsReadFromItsIndex()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();

        // Every update waiting for its turn asks when its story's message was last written.
        var plan = await database.QueryPlanAsync(DeliveryStore.LastWrittenAt, "@Platform", "@ChannelId", "@ThreadId", "@StoryId", "@MessageId");

        Assert.True(plan.Contains("USING COVERING INDEX ix_deliveries_story_writes (platform=? AND channel_id=? AND thread_id=? AND story_id=? AND message_id=?)", StringComparison.Ordinal), plan);
    }

    [Fact]
    public async Task Migrate_SubscriptionsFromVersion2_BecomeInstantForEveryLanguage()
    {
        await using var database = TestDatabase.Create();
        await database.Migrator(MigrationCatalog.Sqlite.Take(2).ToList()).MigrateAsync(None);
        await database.ExecuteAsync("""
            INSERT INTO subscriptions (platform, channel_id, thread_id, query, created_by, created_at)
            VALUES ('telegram', '-1001', '', 'Ukraine', 'u1', 1729843200000);
            """);

        await database.Migrator().MigrateAsync(None);

        var old = Assert.Single(await new SubscriptionStore(database.Connections).ListByChannelAsync(Samples.Channel, None));
        Assert.Equal((SubscriptionMode.Instant, (TimeOnly?)null, (string?)null), (old.Mode, old.DigestAt, old.TimeZone));
        Assert.Empty(old.Languages);
    }

    [Fact]
    public async Task Migrate_DatabaseFromANewerBuild_RefusesWithAClearMessage()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();
        await database.ExecuteAsync("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'from_the_future', 0);");

        var error = await Assert.ThrowsAsync<StorageSchemaException>(() => database.Migrator().MigrateAsync(None));

        Assert.Contains("0099", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_FailingScript_RollsBackThatMigrationOnly()
    {
        await using var database = TestDatabase.Create();
        var broken = new Migration(2, "broken", "CREATE TABLE half_done (id INTEGER); INSERT INTO no_such_table VALUES (1);");

        await Assert.ThrowsAsync<StorageSchemaException>(() => database.Migrator([MigrationCatalog.Sqlite[0], broken]).MigrateAsync(None));

        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT max(version) FROM schema_migrations;"));
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM sqlite_master WHERE name = 'half_done';"));
    }

    [Fact]
    public async Task Migrate_ScriptFailingInALaterStatement_RollsBackItsEarlierStatements()
    {
        await using var database = TestDatabase.Create();
        var broken = new Migration(2, "broken", """
            CREATE TABLE half_done (id INTEGER);
            INSERT INTO half_done (id) VALUES (1);
            INSERT INTO feeds (name) VALUES (NULL);
            """);

        await Assert.ThrowsAsync<StorageSchemaException>(() => database.Migrator([MigrationCatalog.Sqlite[0], broken]).MigrateAsync(None));

        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT max(version) FROM schema_migrations;"));
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM sqlite_master WHERE name = 'half_done';"));
    }

    [Fact]
    public async Task Migrate_SeveralProcessesAtOnce_ApplyEachMigrationOnceWithoutErrors()
    {
        await using var database = TestDatabase.Create();
        var migrators = Enumerable.Range(0, 6).Select(_ => database.Migrator(connections: database.NewFactory())).ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var running = migrators.Select(m => Task.Run(async () =>
        {
            await start.Task;
            return await m.MigrateAsync(None);
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(running);

        Assert.Equal(AllNames, results.SelectMany(r => r.Applied).Order(StringComparer.Ordinal));
        Assert.All(results, r => Assert.Equal(MigrationCatalog.Sqlite.Count, r.SchemaVersion));
        Assert.Equal(MigrationCatalog.Sqlite.Count, await database.ScalarAsync<long>("SELECT count(*) FROM schema_migrations;"));
    }

    [Fact]
    public async Task Migrate_RecordsTheMigrationNameAndTime()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();

        Assert.Equal("feeds_and_articles", await database.ScalarAsync<string>("SELECT name FROM schema_migrations WHERE version = 1;"));
        Assert.Equal(Samples.Now.ToUnixTimeMilliseconds(), await database.ScalarAsync<long>("SELECT applied_at FROM schema_migrations WHERE version = 1;"));
    }

    [Fact]
    public async Task ForeignKeys_ArticleOfUnknownFeed_IsRejected()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();

        var error = await Assert.ThrowsAsync<SqliteException>(() => database.ExecuteAsync(
            "INSERT INTO articles (feed_id, title, text, content_hash, fetched_at) VALUES (42, 't', 'x', 'h', 0);"));

        Assert.Contains("FOREIGN KEY", error.Message, StringComparison.Ordinal);
    }
}
