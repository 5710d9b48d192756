using System.Runtime.CompilerServices;
using NewsBot.Core.Alerts;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;
using OutboxRow = NewsBot.Core.Delivery.Delivery;

namespace NewsBot.Core.Tests.Delivery;

/// <summary>A claimed batch shares each loaded story among its rows and lets it go with the last of them.</summary>
public sealed class ClaimedBatchTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    private static OutboxRow Row(long id, string channel, long articleId, long? storyId) => new()
    {
        Id = id,
        Channel = new ChannelAddress("test", channel),
        ArticleId = articleId,
        StoryId = storyId,
        SubscriptionId = id,
        Status = DeliveryStatus.Due,
        Attempts = 0,
        CreatedAt = Now,
        NextAttemptAt = Now,
    };

    private static ClaimedBatch Batch(params OutboxRow[] rows) => new(rows, new Dictionary<long, Subscription>(), Now.AddMinutes(1));

    private static StoryContent Story(long articleId) => new(
    [
        new AnalyzedArticle(
            new Article { Id = articleId, FeedName = "wire", Title = "t", Text = "x", ContentHash = "h", FetchedAt = Now },
            ArticleAnalysis.Empty),
    ]);

    [Fact]
    public async Task StoryAsync_RowsOfOneStoryInManyChannels_LoadsItOnce()
    {
        var batch = Batch(Row(1, "a", 10, 7), Row(2, "b", 11, 7), Row(3, "c", 10, 7));
        var loads = 0;
        Task<StoryContent> Load()
        {
            Interlocked.Increment(ref loads);
            return Task.FromResult(Story(10));
        }

        var first = await batch.StoryAsync(batch.Rows[0], Load);
        var second = await batch.StoryAsync(batch.Rows[1], Load);
        var third = await batch.StoryAsync(batch.Rows[2], Load);

        Assert.Equal(1, loads);
        Assert.Same(first, second);
        Assert.Same(first, third);
    }

    [Fact]
    public async Task Settled_OtherRowsOfTheStoryUnsettled_KeepsTheStoryForThem()
    {
        var batch = Batch(Row(1, "a", 10, 7), Row(2, "b", 10, 7));
        var loaded = await batch.StoryAsync(batch.Rows[0], () => Task.FromResult(Story(10)));

        batch.Settled(batch.Rows[0]);

        Assert.Equal(1, batch.StoriesHeld);
        Assert.Same(loaded, await batch.StoryAsync(batch.Rows[1], () => throw new InvalidOperationException("loaded again")));
    }

    [Fact]
    public async Task Settled_LastRowOfAStory_LetsTheStoryGoWhileTheBatchLives()
    {
        var batch = Batch(Row(1, "a", 10, 7), Row(2, "b", 10, 7), Row(3, "c", 20, 8));
        var story = await LoadAndSettleAsync(batch);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(story.TryGetTarget(out _));
        Assert.Equal(1, batch.StoriesHeld);
        GC.KeepAlive(batch);
    }

    [Fact]
    public async Task Settled_RowsWithoutAStory_EachArticleLetGoWithItsOwnRows()
    {
        var batch = Batch(Row(1, "a", 10, null), Row(2, "b", 11, null), Row(3, "c", 10, null));
        foreach (var row in batch.Rows)
        {
            await batch.StoryAsync(row, () => Task.FromResult(Story(row.ArticleId)));
        }

        batch.Settled(batch.Rows[0]);
        Assert.Equal(2, batch.StoriesHeld);
        batch.Settled(batch.Rows[1]);
        Assert.Equal(1, batch.StoriesHeld);
        batch.Settled(batch.Rows[2]);
        Assert.Equal(0, batch.StoriesHeld);
    }

    [Fact]
    public async Task StoryAsync_AfterItsLastRowSettled_LoadsItAgain()
    {
        var batch = Batch(Row(1, "a", 10, 7));
        await batch.StoryAsync(batch.Rows[0], () => Task.FromResult(Story(10)));
        batch.Settled(batch.Rows[0]);

        var loads = 0;
        var again = await batch.StoryAsync(batch.Rows[0], () =>
        {
            loads++;
            return Task.FromResult(Story(10));
        });

        Assert.Equal(1, loads);
        Assert.Single(again.Articles);
    }

    // Not inlined, so no local of this frame keeps the loaded story reachable from the test's own frame.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<WeakReference<StoryContent>> LoadAndSettleAsync(ClaimedBatch batch)
    {
        var story = await batch.StoryAsync(batch.Rows[0], () => Task.FromResult(Story(10)));
        await batch.StoryAsync(batch.Rows[1], () => Task.FromResult(Story(10)));
        await batch.StoryAsync(batch.Rows[2], () => Task.FromResult(Story(20)));
        batch.Settled(batch.Rows[0]);
        batch.Settled(batch.Rows[1]);
        return new WeakReference<StoryContent>(story);
    }
}
