using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;
using OutboxRow = NewsBot.Core.Delivery.Delivery;

namespace NewsBot.Core.Tests.Delivery;

/// <summary>A drain over a long run: one platform's failure ends the run for all, and what it remembers stays bounded.</summary>
public sealed class OutboxDrainTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    private long _nextId;

    [Fact]
    public async Task RunAsync_OnePlatformsStoreFailsWhileAnothersBacklogNeverEnds_TheOtherStopsClaimingAndTheRunEnds()
    {
        // Before, the failed platform left the run and the busy one went on: under a sustained backlog the run, and
        // with it the failed platform's silence, lasted for hours.
        var group = new DrainGroup(2, TimeSpan.FromSeconds(1), TimeProvider.System);
        var busyClaims = 0;
        var busyStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var busy = new OutboxDrain(4, 2, (limit, _) =>
        {
            if (Interlocked.Increment(ref busyClaims) == 3)
            {
                busyStarted.TrySetResult();
            }

            return Task.FromResult(Batch("busy", limit));
        }, SentAsync, group);
        using var failing = new OutboxDrain(4, 2, async (_, cancellationToken) =>
        {
            await busyStarted.Task.WaitAsync(cancellationToken);
            throw new InvalidOperationException("database is locked");
        }, SentAsync, group);

        var busyRun = busy.RunAsync(claimOnce: false, CancellationToken.None);
        var failingRun = failing.RunAsync(claimOnce: false, CancellationToken.None);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => failingRun.WaitAsync(Patience));
        Assert.Equal("database is locked", failure.Message);
        var report = await busyRun.WaitAsync(Patience);
        Assert.True(report.Sent > 0);
        Assert.True(group.Stopped);
    }

    [Fact]
    public async Task RunAsync_EveryPlatformIdle_TheRunEndsWithoutStopping()
    {
        var group = new DrainGroup(2, TimeSpan.FromSeconds(1), TimeProvider.System);
        using var first = new OutboxDrain(4, 2, (_, _) => Task.FromResult(ClaimedBatch.Empty), SentAsync, group);
        using var second = new OutboxDrain(4, 2, (_, _) => Task.FromResult(ClaimedBatch.Empty), SentAsync, group);

        await Task.WhenAll(first.RunAsync(false, CancellationToken.None), second.RunAsync(false, CancellationToken.None)).WaitAsync(Patience);

        Assert.False(group.Stopped);
    }

    [Fact]
    public async Task RunAsync_ManyClaimsOfRowsPutBack_RemembersOnlyThoseSinceTheLastClaimOfNewRows()
    {
        // A run under a sustained backlog lasts hours: the rows it put back must not pile up in it.
        var claims = 0;
        using var drain = new OutboxDrain(2, 2, (limit, _) =>
            Task.FromResult(Interlocked.Increment(ref claims) <= 50 ? Batch("busy", limit) : ClaimedBatch.Empty),
            async (_, _, _) =>
            {
                await Task.Yield();
                return new DispatchReport(0, 1, 0);
            });

        var report = await drain.RunAsync(claimOnce: false, CancellationToken.None).WaitAsync(Patience);

        Assert.Equal(100, report.Retrying);
        Assert.Equal(2, drain.PutBackRemembered);
    }

    private static async Task<DispatchReport> SentAsync(OutboxRow row, ClaimedBatch batch, CancellationToken cancellationToken)
    {
        await Task.Yield();
        return new DispatchReport(1, 0, 0);
    }

    private ClaimedBatch Batch(string platform, int size)
    {
        var rows = Enumerable.Range(0, size).Select(_ =>
        {
            var id = Interlocked.Increment(ref _nextId);
            return new OutboxRow
            {
                Id = id,
                Channel = new ChannelAddress(platform, $"c{id % 3}"),
                ArticleId = id,
                SubscriptionId = id,
                Status = DeliveryStatus.Due,
                Attempts = 0,
                CreatedAt = Now,
                NextAttemptAt = Now,
            };
        }).ToList();
        return new ClaimedBatch(rows, new Dictionary<long, Subscription>(), Now.AddMinutes(1));
    }
}
