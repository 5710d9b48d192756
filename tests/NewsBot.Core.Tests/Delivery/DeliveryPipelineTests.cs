using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Alerts;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;
using NewsBot.Core.Delivery.Pacing;
using NewsBot.Core.Subscriptions;
using NewsBot.Testing.Metrics;
using NewsBot.Testing.Stores;
using NewsBot.Testing.Time;
using OutboxRow = NewsBot.Core.Delivery.Delivery;

namespace NewsBot.Core.Tests.Delivery;

/// <summary>
/// The drain as a pipeline: claims while fewer than the window are in flight, many channels at once, each in
/// order, each platform on its own, and only the claimed rows' subscriptions looked up.
/// </summary>
public sealed class DeliveryPipelineTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly InMemoryDeliveryStore _deliveries = new();
    private readonly InMemoryArticleStore _articles = new();
    private readonly InMemorySubscriptionStore _inner = new();
    private readonly CountingSubscriptionStore _subscriptions;
    private readonly FakeTimeProvider _time = new();

    public DeliveryPipelineTests() => _subscriptions = new CountingSubscriptionStore(_inner);

    [Fact]
    public async Task DispatchAllDue_SendsThatTakeTime_ManyChannelsInFlightUpToTheWindow()
    {
        var transport = new GatedTransport("test", _ => true);
        await QueueAsync(Channels("test", 10), rowsPerChannel: 1);
        var run = Dispatcher(window: 4, batchSize: 2, transport).DispatchAllDueAsync(CancellationToken.None);

        await transport.Started(4).WaitAsync(Patience);
        transport.Release();
        var report = await run.WaitAsync(Patience);

        Assert.Equal(10, report.Sent);
        Assert.Equal(4, transport.MaxInFlight);
    }

    [Fact]
    public async Task DispatchAllDue_OneChannelsSendHangs_TheOtherChannelsAreAllSentMeanwhile()
    {
        var slow = new ChannelAddress("test", "slow");
        var transport = new GatedTransport("test", c => c == slow);
        await QueueAsync([slow], rowsPerChannel: 2);
        await QueueAsync(Channels("test", 5), rowsPerChannel: 3);
        var run = Dispatcher(window: 4, batchSize: 2, transport).DispatchAllDueAsync(CancellationToken.None);

        await transport.Finished(15).WaitAsync(Patience);
        Assert.DoesNotContain(transport.Sent, s => s.Channel == slow);
        transport.Release();
        var report = await run.WaitAsync(Patience);

        Assert.Equal(17, report.Sent);
        AssertEachChannelInOrder(transport);
    }

    [Fact]
    public async Task DispatchAllDue_BacklogOfManyBatches_OneRunSendsItAllEachChannelInOrder()
    {
        var transport = new GatedTransport("test", _ => false);
        await QueueAsync(Channels("test", 30), rowsPerChannel: 4);

        var report = await Dispatcher(window: 10, batchSize: 5, transport).DispatchAllDueAsync(CancellationToken.None);

        Assert.Equal(120, report.Sent);
        Assert.Equal(120, transport.Sent.Count);
        AssertEachChannelInOrder(transport);
    }

    [Fact]
    public async Task DispatchAllDue_Backlog_LooksUpOnlyTheClaimedRowsSubscriptionsNeverAllOfThem()
    {
        var transport = new GatedTransport("test", _ => false);
        await QueueAsync(Channels("test", 30), rowsPerChannel: 4);

        await Dispatcher(window: 10, batchSize: 5, transport).DispatchAllDueAsync(CancellationToken.None);

        Assert.Equal(0, _subscriptions.FullListings);
        Assert.Equal(24, _subscriptions.LookupSizes.Count);
        Assert.All(_subscriptions.LookupSizes, size => Assert.InRange(size, 1, 5));
    }

    [Fact]
    public async Task DispatchAllDue_SubscriptionRemovedMidRun_ItsLaterRowsAreDeadLetteredNotSent()
    {
        var channel = new ChannelAddress("test", "leaving");
        var subscription = await QueueAsync([channel], rowsPerChannel: 3);
        var transport = new GatedTransport("test", _ => false);
        var removing = new RemovingTransport(transport, () => _inner.RemoveAsync(channel, subscription, CancellationToken.None));

        var report = await Dispatcher(window: 1, batchSize: 1, removing).DispatchAllDueAsync(CancellationToken.None);

        Assert.Equal(1, report.Sent);
        Assert.Equal(2, report.Dead);
        Assert.Single(transport.Sent);
    }

    [Fact]
    public async Task DispatchAllDue_OnePlatformHangs_TheOthersRowsAreClaimedAndSentMeanwhile()
    {
        var stuck = new GatedTransport("stuck", _ => true);
        var quick = new GatedTransport("quick", _ => false);
        for (var i = 0; i < 10; i++)
        {
            // Interleaved, as a story's alerts are: a claim over every platform would fill the window with the stuck ones.
            await QueueAsync([new ChannelAddress("stuck", $"s{i}")], rowsPerChannel: 1);
            await QueueAsync([new ChannelAddress("quick", $"q{i}")], rowsPerChannel: 1);
        }

        var run = Dispatcher(window: 2, batchSize: 2, stuck, quick).DispatchAllDueAsync(CancellationToken.None);

        await quick.Finished(10).WaitAsync(Patience);
        Assert.Empty(stuck.Sent);
        stuck.Release();
        var report = await run.WaitAsync(Patience);
        Assert.Equal(20, report.Sent);
    }

    [Fact]
    public async Task DispatchAllDue_AnotherPlatformsBacklogKeepsTheRunGoing_NewRowsOfAQuietPlatformAreStillSent()
    {
        var stuck = new GatedTransport("stuck", _ => true);
        var quick = new GatedTransport("quick", _ => false);
        await QueueAsync([new ChannelAddress("stuck", "s")], rowsPerChannel: 1);
        await QueueAsync([new ChannelAddress("quick", "q")], rowsPerChannel: 1);
        var run = Dispatcher(window: 2, batchSize: 2, stuck, quick).DispatchAllDueAsync(CancellationToken.None);
        await quick.Finished(1).WaitAsync(Patience);

        // Queued while the run is still busy with the stuck platform: the quick one looks again every second.
        await QueueAsync([new ChannelAddress("quick", "later")], rowsPerChannel: 1);
        var second = quick.Finished(2);
        for (var tick = 0; tick < 600 && !second.IsCompleted; tick++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(second, Task.Delay(TimeSpan.FromMilliseconds(50)));
        }

        Assert.True(second.IsCompleted);
        Assert.Empty(stuck.Sent);
        stuck.Release();
        Assert.Equal(3, (await run.WaitAsync(Patience)).Sent);
    }

    [Fact]
    public async Task DispatchAllDue_RowHeldBackAndClaimedAgainWhileAnotherPlatformIsBusy_IsSentInTheSameRun()
    {
        // The held row comes back as the only row of the next claims, which this run had put back already: the
        // platform must not stop delivering for as long as the other platform keeps the run going.
        var stuck = new GatedTransport("stuck", _ => true);
        var held = new HeldTwiceTransport("held");
        await QueueAsync([new ChannelAddress("stuck", "s")], rowsPerChannel: 1);
        await QueueAsync([new ChannelAddress("held", "h")], rowsPerChannel: 1);
        var run = Dispatcher(window: 2, batchSize: 2, stuck, held).DispatchAllDueAsync(CancellationToken.None);

        for (var tick = 0; tick < 600 && held.Sent == 0; tick++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }

        Assert.Equal(1, held.Sent);
        Assert.Empty(stuck.Sent);
        stuck.Release();
        Assert.Equal(2, (await run.WaitAsync(Patience)).Sent);
    }

    [Fact]
    public async Task DispatchAllDue_SendUnderWayPastTheClaimsLease_NoOtherClaimGetsTheRowAndItIsSentOnce()
    {
        // Telegram waits up to a minute for a send's answer, and a send may start at half the lease: without the
        // lease held, another pass or node would claim the row and post it again meanwhile.
        var slow = new GatedTransport("slow", _ => true);
        var channel = new ChannelAddress("slow", "c");
        await QueueAsync([channel], rowsPerChannel: 1);
        var run = Dispatcher(window: 2, batchSize: 2, slow).DispatchAllDueAsync(CancellationToken.None);
        await slow.Started(1).WaitAsync(Patience);

        for (var second = 0; second < 3 * new DeliveryOptions().LeaseSeconds; second++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(TimeSpan.FromMilliseconds(2));
            Assert.Empty(await _deliveries.ClaimDueAsync(10, _time.GetUtcNow(), _time.GetUtcNow().AddMinutes(2), CancellationToken.None));
        }

        slow.Release();
        Assert.Equal(1, (await run.WaitAsync(Patience)).Sent);
        var row = Assert.Single(await _deliveries.ListByChannelAsync(channel, CancellationToken.None));
        Assert.Equal(DeliveryStatus.Sent, row.Status);
        Assert.Single(slow.Sent);
    }

    [Fact]
    public async Task DispatchAllDue_CancelledWhileSending_EndsWithoutSendingTheRestAndLeavesThemUnsent()
    {
        var transport = new GatedTransport("test", _ => true);
        var channels = Channels("test", 12);
        await QueueAsync(channels, rowsPerChannel: 1);
        using var shutdown = new CancellationTokenSource();
        var run = Dispatcher(window: 4, batchSize: 2, transport).DispatchAllDueAsync(shutdown.Token);

        await transport.Started(4).WaitAsync(Patience);
        await shutdown.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(Patience));
        Assert.Empty(transport.Sent);
        var rows = new List<OutboxRow>();
        foreach (var channel in channels)
        {
            rows.AddRange(await _deliveries.ListByChannelAsync(channel, CancellationToken.None));
        }

        Assert.All(rows, r => Assert.Equal(DeliveryStatus.Due, r.Status));
    }

    private static void AssertEachChannelInOrder(GatedTransport transport)
    {
        foreach (var channel in transport.Sent.GroupBy(s => s.Channel))
        {
            var ids = channel.Select(s => s.DeliveryId).ToList();
            Assert.Equal(ids.Order(), ids);
        }
    }

    private static List<ChannelAddress> Channels(string platform, int count) =>
        Enumerable.Range(0, count).Select(i => new ChannelAddress(platform, $"c{i}")).ToList();

    private DeliveryDispatcher Dispatcher(int window, int batchSize, params IChatTransport[] transports) => new(
        _deliveries, _subscriptions, transports, new StoryContentLoader(_articles, new InMemoryArticleAnalysisStore(), new InMemoryStoryStore(_articles), new ArticleAnalyzer()),
        new ChannelAlertPolicy(_deliveries, Options.Create(new ChannelLimitsOptions { DailyCapPerChannel = 0 }), _time),
        Options.Create(new DeliveryOptions { MaxInFlightPerPlatform = window, BatchSize = batchSize }),
        new DeliveryMetrics(new TestMeterFactory()), _time, NullLogger<DeliveryDispatcher>.Instance);

    // Each channel gets its own subscription and rowsPerChannel articles; rows are queued channel after channel.
    private async Task<long> QueueAsync(IReadOnlyList<ChannelAddress> channels, int rowsPerChannel)
    {
        long subscriptionId = 0;
        foreach (var channel in channels)
        {
            var subscription = await _inner.AddAsync(new NewSubscription { Channel = channel, Query = "valencia", CreatedAt = _time.GetUtcNow() }, CancellationToken.None);
            subscriptionId = subscription.Id;
            for (var i = 0; i < rowsPerChannel; i++)
            {
                var key = $"{channel}/{i}";
                var article = await _articles.TryAddAsync(
                    new NewArticle { FeedName = "f", Title = $"Floods in Valencia {key}", Text = "Rain fell. More rain fell.", ContentHash = key, FetchedAt = _time.GetUtcNow() },
                    CancellationToken.None);
                await _deliveries.EnqueueAsync([new NewDelivery { Channel = channel, ArticleId = article!.Id, SubscriptionId = subscription.Id, CreatedAt = _time.GetUtcNow() }], CancellationToken.None);
            }
        }

        return subscriptionId;
    }

    // Holds each alert back twice without sending it, as pacing does when a chat is not ready ("try again now").
    private sealed class HeldTwiceTransport(string platform) : IChatTransport
    {
        private readonly Dictionary<string, int> _held = [];
        private int _sent;

        public string Platform => platform;

        public int Sent => Volatile.Read(ref _sent);

        public Task<string> SendAlertAsync(ChannelAddress channel, Alert alert, CancellationToken cancellationToken)
        {
            lock (_held)
            {
                var key = alert.DeliveryKey ?? "";
                _held[key] = _held.GetValueOrDefault(key) + 1;
                if (_held[key] <= 2)
                {
                    throw new ChatDeliveryException("held back") { NotAttempted = true, RetryAfter = TimeSpan.Zero };
                }
            }

            return Task.FromResult($"m{Interlocked.Increment(ref _sent)}");
        }

        public Task<string> SendUpdateAsync(ChannelAddress channel, AlertUpdate update, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
