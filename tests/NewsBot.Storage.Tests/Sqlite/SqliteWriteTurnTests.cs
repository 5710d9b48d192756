using NewsBot.Core.Analysis;
using NewsBot.Core.Delivery;
using NewsBot.Core.Feeds;
using NewsBot.Core.Subscriptions;
using NewsBot.Storage.Shared;

namespace NewsBot.Storage.Tests.Sqlite;

public sealed class SqliteWriteTurnTests
{
    // Long enough for a write that did not wait for the turn to finish on a loaded machine.
    private static readonly TimeSpan WouldHaveFinished = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task OpenForWrite_WhileAnotherWriterHoldsTheTurn_WaitsUntilThatConnectionIsDisposed()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();
        var holder = await database.Connections.OpenForWriteAsync(CancellationToken.None);

        var second = database.Connections.OpenForWriteAsync(CancellationToken.None);

        await WaitsForTheTurnAsync(holder, second, "the second writer did not wait");
        await using var opened = await second;
    }

    [Fact]
    public async Task OpenForWrite_ManyWritersAtOnce_OneConnectionWritesAtATimeAndAllSucceed()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();
        var open = 0;
        var mostOpen = 0;

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            await using var connection = await database.Connections.OpenForWriteAsync(CancellationToken.None);
            var now = Interlocked.Increment(ref open);
            InterlockedMax(ref mostOpen, now);
            await using (var transaction = await StorageDialect.Sqlite.BeginWriteAsync(connection, CancellationToken.None))
            {
                await using var insert = connection.CreateCommand();
                insert.Transaction = (Microsoft.Data.Sqlite.SqliteTransaction)transaction;
                insert.CommandText = $"INSERT INTO feeds (name) VALUES ('feed-{i}');";
                await insert.ExecuteNonQueryAsync();
                await Task.Delay(5);
                await transaction.CommitAsync();
            }

            Interlocked.Decrement(ref open);
        })));

        Assert.Equal(1, mostOpen);
        Assert.Equal(40L, await database.ScalarAsync<long>("SELECT count(*) FROM feeds;"));
    }

    [Fact]
    public async Task OpenForWrite_CanceledWhileWaiting_ThrowsAndTheTurnPassesOnLater()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();
        var holder = await database.Connections.OpenForWriteAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var canceled = database.Connections.OpenForWriteAsync(cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => canceled);
        await holder.DisposeAsync();
        await using var next = await database.Connections.OpenForWriteAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task OpenForWrite_ConnectionDisposedTwice_GivesTheTurnBackOnce()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();
        var first = await database.Connections.OpenForWriteAsync(CancellationToken.None);
        await first.DisposeAsync();
        first.Dispose();

        await using var holder = await database.Connections.OpenForWriteAsync(CancellationToken.None);
        var third = database.Connections.OpenForWriteAsync(CancellationToken.None);

        await WaitsForTheTurnAsync(holder, third, "the turn was given back twice");
        await using var opened = await third;
    }

    [Fact]
    public async Task BeginWrite_OnAConnectionOpenedForReading_IsRefused()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();
        await using var reader = await database.Connections.OpenAsync(CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => StorageDialect.Sqlite.BeginWriteAsync(reader, CancellationToken.None));
    }

    public static TheoryData<string> Writes() => [.. StoreWrites.Keys];

    /// <summary>Every write of the stores takes the turn: one that did not would wait in SQLite's busy handler on a thread.</summary>
    [Theory]
    [MemberData(nameof(Writes))]
    public async Task StoreWrite_WhileTheTurnIsHeld_WaitsForIt(string write)
    {
        await using var database = await TestDatabase.CreateMigratedAsync();
        var stores = StoreSet.Over(database.Connections, () => throw new NotSupportedException(), owner: null);
        var seeded = await SeededRows.CreateAsync(stores);
        var holder = await database.Connections.OpenForWriteAsync(CancellationToken.None);

        var running = StoreWrites[write](stores, seeded);

        await WaitsForTheTurnAsync(holder, running, $"{write} wrote without waiting for the turn");
    }

    private static readonly Dictionary<string, Func<StoreSet, SeededRows, Task>> StoreWrites = new()
    {
        ["articles.add"] = (s, _) => s.Articles.TryAddManyAsync([Samples.Article("new")], default),
        ["articles.planned"] = (s, r) => s.Articles.MarkPlannedAsync([r.ArticleId], Samples.Now, default),
        ["articles.failure"] = (s, r) => s.Articles.RecordFailureAsync(r.ArticleId, "broken", 1, Samples.Now, null, default),
        ["articles.clear-failures"] = (s, _) => s.Articles.ClearFailuresAsync(null, default),
        ["analyses.save"] = (s, r) => s.Analyses.SaveAsync(r.ArticleId, new ArticleAnalyzer().Analyze("Titre", "Un texte de 12 mots."), default),
        ["feeds.first-look"] = (s, _) => s.FeedStates.GetAsync("never-seen", default),
        ["feeds.save"] = (s, _) => s.FeedStates.SaveAsync(FeedState.New("lemonde") with { ConsecutiveFailures = 1 }, default),
        ["subscriptions.add"] = (s, _) => s.Subscriptions.AddAsync(new NewSubscription { Channel = Samples.OtherChannel, Query = "climat", CreatedAt = Samples.Now }, default),
        ["subscriptions.remove"] = (s, r) => s.Subscriptions.RemoveAsync(Samples.Channel, r.SubscriptionId, default),
        ["subscriptions.pause"] = (s, _) => s.Subscriptions.SetPausedAsync(Samples.Channel, paused: true, default),
        ["subscriptions.pause-chat"] = (s, _) => s.Subscriptions.SetChatPausedAsync("telegram", "-1001", paused: true, default),
        ["subscriptions.move-chat"] = (s, _) => s.Subscriptions.MoveChatAsync("telegram", "-1001", "-1002", default),
        ["deliveries.enqueue"] = (s, r) => s.Deliveries.EnqueueAsync([r.Delivery(Samples.OtherChannel)], default),
        ["deliveries.claim"] = (s, _) => s.Deliveries.ClaimDueAsync(10, Samples.Now, Samples.Now.AddMinutes(1), default),
        ["deliveries.sent"] = (s, r) => s.Deliveries.MarkSentAsync(r.Claimed.Id, "m1", Samples.Now, default),
        ["deliveries.failed"] = (s, r) => s.Deliveries.MarkFailedAsync(r.Claimed.Id, "boom", Samples.Now.AddMinutes(1), default),
        ["deliveries.uncertain"] = (s, r) => s.Deliveries.MarkUncertainAsync(r.Claimed.Id, "timeout", Samples.Now, Samples.Now.AddMinutes(5), default),
        ["deliveries.skipped"] = (s, r) => s.Deliveries.MarkSkippedAsync(r.Claimed.Id, "gone", default),
        ["deliveries.defer"] = (s, r) => s.Deliveries.DeferAsync(r.Claimed.Id, Samples.Now.AddMinutes(1), default),
        ["deliveries.hand-back"] = (s, r) => s.Deliveries.HandBackAsync(r.Claimed, Samples.Now, default),
        ["deliveries.extend-lease"] = (s, r) => s.Deliveries.ExtendLeaseAsync(r.Claimed.Id, r.Claimed.LeaseUntil!.Value, Samples.Now.AddMinutes(2), default),
        ["deliveries.move-chat"] = (s, _) => s.Deliveries.MoveChatAsync("telegram", "-1001", "-1002", default),
        ["dead.requeue"] = (s, _) => s.DeadDeliveries!.RequeueDeadAsync(null, Samples.Now, default),
        ["stories.create"] = (s, _) => s.Stories.CreateAsync(Samples.Now, default),
        ["stories.assign"] = (s, r) => s.Stories.AssignAsync(r.ArticleId, r.StoryId, Samples.Now, default),
        ["digests.claim"] = (s, r) => s.DigestRuns.TryClaimAsync(r.SubscriptionId, Samples.Now, default),
        ["digests.sent"] = (s, r) => s.DigestRuns.MarkSentAsync(r.SubscriptionId, Samples.Now, "m2", Samples.Now, default),
        ["platforms.set"] = (s, _) => s.PlatformStates.SetAsync("telegram.offset", "42", default),
    };

    /// <summary>Asserts that <paramref name="pending"/> is still waiting while <paramref name="holder"/> holds the turn, and finishes once it is given back.</summary>
    private static async Task WaitsForTheTurnAsync(System.Data.Common.DbConnection holder, Task pending, string because)
    {
        await Task.Delay(WouldHaveFinished);
        Assert.False(pending.IsCompleted, because);

        await holder.DisposeAsync();
        await pending.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen)
        {
            var previous = Interlocked.CompareExchange(ref target, value, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }

    /// <summary>One of each row the writes act on, a delivery claimed among them.</summary>
    private sealed record SeededRows(long ArticleId, long SubscriptionId, long StoryId, Core.Delivery.Delivery Claimed)
    {
        public static async Task<SeededRows> CreateAsync(StoreSet stores)
        {
            var article = (await stores.Articles.TryAddManyAsync([Samples.Article("seeded")], default))[0]!;
            var subscription = await stores.Subscriptions.AddAsync(
                new NewSubscription { Channel = Samples.Channel, Query = "ukraine", CreatedAt = Samples.Now }, default);
            var story = await stores.Stories.CreateAsync(Samples.Now, default);
            await stores.Stories.AssignAsync(article.Id, story, Samples.Now, default);
            var rows = new SeededRows(article.Id, subscription.Id, story, null!);
            await stores.Deliveries.EnqueueAsync([rows.Delivery(Samples.Channel)], default);
            var claimed = await stores.Deliveries.ClaimDueAsync(1, Samples.Now, Samples.Now.AddMinutes(1), default);
            return rows with { Claimed = claimed.Single() };
        }

        public NewDelivery Delivery(ChannelAddress channel) => new()
        {
            Channel = channel,
            ArticleId = ArticleId,
            StoryId = StoryId,
            SubscriptionId = SubscriptionId,
            CreatedAt = Samples.Now,
        };
    }
}
