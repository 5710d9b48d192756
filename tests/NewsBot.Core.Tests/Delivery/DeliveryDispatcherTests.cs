using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Alerts;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;
using NewsBot.Core.Delivery.Pacing;
using NewsBot.Core.Subscriptions;
using NewsBot.Testing.Metrics;
using NewsBot.Testing.Chat;
using NewsBot.Testing.Stores;
using NewsBot.Testing.Time;

namespace NewsBot.Core.Tests.Delivery;

public sealed class DeliveryDispatcherTests
{
    private static readonly ChannelAddress Channel = new("test", "news");

    private readonly InMemoryDeliveryStore _deliveries = new();
    private readonly InMemoryArticleStore _articles = new();
    private readonly InMemorySubscriptionStore _subscriptions = new();
    private readonly RecordingChatTransport _transport = new();
    private readonly FakeTimeProvider _time = new();

    private DeliveryDispatcher Dispatcher(int maxAttempts = 3, ChannelLimitsOptions? limits = null, IDeliveryStore? limitsRead = null, IDeliveryStore? store = null, IChatTransport? transport = null) => new(
        store ?? _deliveries, _subscriptions, [transport ?? _transport], new StoryContentLoader(_articles, new InMemoryArticleAnalysisStore(), new InMemoryStoryStore(_articles), new ArticleAnalyzer()),
        new ChannelAlertPolicy(limitsRead ?? _deliveries, Options.Create(limits ?? new ChannelLimitsOptions { DailyCapPerChannel = 0 }), _time),
        Options.Create(new DeliveryOptions { MaxAttempts = maxAttempts }), new DeliveryMetrics(new TestMeterFactory()), _time, NullLogger<DeliveryDispatcher>.Instance);

    private async Task<long> QueueOneAsync()
    {
        var article = await _articles.TryAddAsync(
            new NewArticle { FeedName = "f", Title = "Floods in Valencia", Text = "Rain fell. More rain fell.", ContentHash = "h1", FetchedAt = _time.GetUtcNow() },
            CancellationToken.None);
        var subscription = await _subscriptions.AddAsync(new NewSubscription { Channel = Channel, Query = "valencia", CreatedAt = _time.GetUtcNow() }, CancellationToken.None);
        await _deliveries.EnqueueAsync([new NewDelivery { Channel = Channel, ArticleId = article!.Id, SubscriptionId = subscription.Id, CreatedAt = _time.GetUtcNow() }], CancellationToken.None);
        return article.Id;
    }

    [Fact]
    public async Task Dispatch_DueDelivery_IsSentOnceAndRecordsTheMessageId()
    {
        await QueueOneAsync();

        var first = await Dispatcher().DispatchAllDueAsync(CancellationToken.None);
        var second = await Dispatcher().DispatchAllDueAsync(CancellationToken.None);

        Assert.Equal(1, first.Sent);
        Assert.Equal(0, second.Claimed);
        var (channel, alert, messageId) = Assert.Single(_transport.Sent);
        Assert.Equal(Channel, channel);
        Assert.Equal("valencia", alert.Topic);
        var row = Assert.Single(await _deliveries.ListByChannelAsync(Channel, CancellationToken.None));
        Assert.Equal(DeliveryStatus.Sent, row.Status);
        Assert.Equal(messageId, row.MessageId);
    }

    [Fact]
    public async Task Dispatch_AlertDeferredByTheChannelsLimits_IsDeferredWithoutReadingItsStory()
    {
        var limits = new ChannelLimitsOptions { DailyCapPerChannel = 0, MinIntervalSecondsPerChannel = 600 };
        await QueueOneAsync();
        await Dispatcher(limits: limits).DispatchAllDueAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));
        var second = await _articles.TryAddAsync(
            new NewArticle { FeedName = "f", Title = "Storm in Lisbon", Text = "Wind blew. Trees fell.", ContentHash = "h2", FetchedAt = _time.GetUtcNow() },
            CancellationToken.None);
        var subscription = await _subscriptions.AddAsync(new NewSubscription { Channel = Channel, Query = "lisbon", CreatedAt = _time.GetUtcNow() }, CancellationToken.None);
        await _deliveries.EnqueueAsync([new NewDelivery { Channel = Channel, ArticleId = second!.Id, SubscriptionId = subscription.Id, CreatedAt = _time.GetUtcNow() }], CancellationToken.None);
        var reads = _articles.Reads;

        var deferred = await Dispatcher(limits: limits).DispatchAllDueAsync(CancellationToken.None);

        // Under a backlog, a channel at its limits has most of its claimed alerts deferred again: none loads its story.
        Assert.Equal(1, deferred.Retrying);
        Assert.Equal(reads, _articles.Reads);
        Assert.Single(_transport.Sent);
        _time.Advance(TimeSpan.FromMinutes(10));
        var sent = await Dispatcher(limits: limits).DispatchAllDueAsync(CancellationToken.None);
        Assert.Equal(1, sent.Sent);
        Assert.True(_articles.Reads > reads);
        Assert.Equal(["valencia", "lisbon"], _transport.Sent.Select(s => s.Alert.Topic));
    }

    [Fact]
    public async Task Dispatch_AlertDeferredAfterItsLeaseRanOut_LeavesTheRowToTheClaimThatTookItSince()
    {
        // The channel's limits took longer to read than the whole lease (a stalled process, a locked database), and
        // another node claimed the alert meanwhile and is sending it. Deferring it now would free that node's lease,
        // and a third claim would post it a second time.
        var limits = new ChannelLimitsOptions { DailyCapPerChannel = 0, MinIntervalSecondsPerChannel = 600 };
        await QueueOneAsync();
        await Dispatcher(limits: limits).DispatchAllDueAsync(CancellationToken.None);
        var second = await _articles.TryAddAsync(
            new NewArticle { FeedName = "f", Title = "Storm in Lisbon", Text = "Wind blew. Trees fell.", ContentHash = "h2", FetchedAt = _time.GetUtcNow() },
            CancellationToken.None);
        var subscription = await _subscriptions.AddAsync(new NewSubscription { Channel = Channel, Query = "lisbon", CreatedAt = _time.GetUtcNow() }, CancellationToken.None);
        await _deliveries.EnqueueAsync([new NewDelivery { Channel = Channel, ArticleId = second!.Id, SubscriptionId = subscription.Id, CreatedAt = _time.GetUtcNow() }], CancellationToken.None);
        var lease = TimeSpan.FromSeconds(new DeliveryOptions().LeaseSeconds);
        Core.Delivery.Delivery? otherNodes = null;
        var slowLimits = new ReadsOutlastingTheLease(_deliveries, async () =>
        {
            _time.Advance(lease + TimeSpan.FromSeconds(1));
            otherNodes = Assert.Single(await _deliveries.ClaimDueAsync(10, _time.GetUtcNow(), _time.GetUtcNow() + lease, CancellationToken.None));
        });

        var report = await Dispatcher(limits: limits, limitsRead: slowLimits).DispatchAllDueAsync(CancellationToken.None);

        Assert.Equal((0, 1), (report.Sent, report.Retrying));
        Assert.Single(_transport.Sent);
        Assert.NotNull(otherNodes);
        Assert.True(await _deliveries.ExtendLeaseAsync(otherNodes.Id, otherNodes.LeaseUntil!.Value, _time.GetUtcNow() + lease, CancellationToken.None));
        var row = (await _deliveries.ListByChannelAsync(Channel, CancellationToken.None)).Single(d => d.Id == otherNodes.Id);
        Assert.Equal((DeliveryStatus.Due, 0), (row.Status, row.Attempts));
    }

    [Fact]
    public async Task Dispatch_RecordOfASendFailsForAMoment_IsWrittenAtALaterTryAndTheAlertIsNotPostedAgain()
    {
        // The platform has the message, then the database refuses for a moment (its connections exhausted): given up
        // on, the record left the row leased, and once the lease ran out another pass or node posted it again.
        await QueueOneAsync();
        var store = new FailingStore(_deliveries) { RecordFailures = DeliveryDispatcher.RecordAttempts - 1 };

        var report = await WhileTheClockRunsAsync(Dispatcher(store: store).DispatchAllDueAsync(CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(new DeliveryOptions().LeaseSeconds * 2));
        var later = await Dispatcher().DispatchAllDueAsync(CancellationToken.None);

        Assert.Equal(1, report.Sent);
        Assert.Equal(0, later.Claimed);
        Assert.Single(_transport.Sent);
        Assert.Equal(DeliveryStatus.Sent, Assert.Single(await _deliveries.ListByChannelAsync(Channel, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task Dispatch_LeaseMoveFailsOnceDuringALongSend_IsTriedAgainSoNoOtherClaimTakesTheRow()
    {
        await QueueOneAsync();
        var store = new FailingStore(_deliveries) { LeaseMoveFailures = 1 };
        var answer = new TaskCompletionSource();
        var slow = new CallbackTransport(_transport, () => answer.Task);
        var lease = TimeSpan.FromSeconds(new DeliveryOptions().LeaseSeconds);

        var dispatching = Dispatcher(store: store, transport: slow).DispatchAllDueAsync(CancellationToken.None);
        var claimedAt = _time.GetUtcNow();
        await AdvanceUntilAsync(() => store.LeaseMoves >= 2, TimeSpan.FromSeconds(1));
        _time.Advance(claimedAt + lease + TimeSpan.FromSeconds(1) - _time.GetUtcNow());
        var othersClaim = await _deliveries.ClaimDueAsync(10, _time.GetUtcNow(), _time.GetUtcNow() + lease, CancellationToken.None);
        answer.SetResult();
        var report = await dispatching;

        Assert.Empty(othersClaim);
        Assert.Equal(1, report.Sent);
        Assert.Single(_transport.Sent);
    }

    [Fact]
    public async Task Dispatch_UpdateOfAnAlertHeldToMidnight_WaitsForTheAlertsTurnNotAPassAtATime()
    {
        // A channel at its daily cap has its next alerts held to midnight; their stories' updates were claimed and
        // put back every pass until then, and under a backlog those claims grew to most of the bot's delivery work.
        var now = _time.GetUtcNow();
        var subscription = await _subscriptions.AddAsync(new NewSubscription { Channel = Channel, Query = "valencia", CreatedAt = now }, CancellationToken.None);
        var first = await _articles.TryAddAsync(new NewArticle { FeedName = "f", Title = "Floods in Valencia", Text = "Rain fell.", ContentHash = "h1", FetchedAt = now }, CancellationToken.None);
        var second = await _articles.TryAddAsync(new NewArticle { FeedName = "f", Title = "Valencia floods: toll rises", Text = "More rain fell.", ContentHash = "h2", FetchedAt = now }, CancellationToken.None);
        await _deliveries.EnqueueAsync([new NewDelivery { Channel = Channel, ArticleId = first!.Id, StoryId = 7, SubscriptionId = subscription.Id, CreatedAt = now }], CancellationToken.None);
        var alert = Assert.Single(await _deliveries.ClaimDueAsync(10, now, now.AddMinutes(2), CancellationToken.None));
        var midnight = now.AddHours(9);
        Assert.True(await _deliveries.DeferClaimedAsync(alert, midnight, CancellationToken.None));
        await _deliveries.EnqueueAsync(
            [new NewDelivery { Channel = Channel, ArticleId = second!.Id, StoryId = 7, Kind = DeliveryKind.Update, SubscriptionId = subscription.Id, CreatedAt = now }], CancellationToken.None);

        var report = await Dispatcher().DispatchAllDueAsync(CancellationToken.None);

        Assert.Equal((0, 1), (report.Sent, report.Retrying));
        var update = (await _deliveries.ListByChannelAsync(Channel, CancellationToken.None)).Single(d => d.Kind == DeliveryKind.Update);
        Assert.Equal((DeliveryStatus.Due, midnight), (update.Status, update.NextAttemptAt));
        Assert.Empty(_transport.Updates);
    }

    [Fact]
    public async Task Dispatch_Alert_MustStartBeforeHalfTheLeaseSoNoOtherWorkerCanHaveClaimedIt()
    {
        await QueueOneAsync();
        var claimedAt = _time.GetUtcNow();

        await Dispatcher().DispatchAllDueAsync(CancellationToken.None);

        var (_, alert, _) = Assert.Single(_transport.Sent);
        Assert.Equal(claimedAt.AddSeconds(new DeliveryOptions().LeaseSeconds / 2.0), alert.SendBy);
    }

    [Fact]
    public async Task Drain_SubscriptionMadeAfterTheDrainReadItsList_ItsAlertIsSentNotDeadLettered()
    {
        var articleId = await QueueOneAsync();
        var other = new ChannelAddress("test", "other");
        var transport = new CallbackTransport(_transport, async () =>
        {
            // While the drain sends its first batch, a channel subscribes and its first alert is queued.
            var subscription = await _subscriptions.AddAsync(new NewSubscription { Channel = other, Query = "valencia", CreatedAt = _time.GetUtcNow() }, CancellationToken.None);
            await _deliveries.EnqueueAsync([new NewDelivery { Channel = other, ArticleId = articleId, SubscriptionId = subscription.Id, CreatedAt = _time.GetUtcNow() }], CancellationToken.None);
        });
        var dispatcher = new DeliveryDispatcher(
            _deliveries, _subscriptions, [transport], new StoryContentLoader(_articles, new InMemoryArticleAnalysisStore(), new InMemoryStoryStore(_articles), new ArticleAnalyzer()),
            new ChannelAlertPolicy(_deliveries, Options.Create(new ChannelLimitsOptions { DailyCapPerChannel = 0 }), _time),
            Options.Create(new DeliveryOptions { BatchSize = 1 }), new DeliveryMetrics(new TestMeterFactory()), _time, NullLogger<DeliveryDispatcher>.Instance);

        var report = await dispatcher.DispatchAllDueAsync(CancellationToken.None);

        Assert.Equal(2, report.Sent);
        Assert.Equal(0, report.Dead);
        Assert.Equal([Channel, other], _transport.Sent.Select(s => s.Channel));
    }

    [Fact]
    public async Task Dispatch_TransientFailure_RetriesAfterTheBackoffOrRetryAfter()
    {
        await QueueOneAsync();
        _transport.FailNext(new ChatDeliveryException("slow down") { RetryAfter = TimeSpan.FromMinutes(5) });

        var first = await Dispatcher().DispatchAllDueAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(4));
        var tooEarly = await Dispatcher().DispatchAllDueAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(2));
        var retried = await Dispatcher().DispatchAllDueAsync(CancellationToken.None);

        Assert.Equal(1, first.Retrying);
        Assert.Equal(0, tooEarly.Claimed);
        Assert.Equal(1, retried.Sent);
        Assert.Single(_transport.Sent);
    }

    [Fact]
    public async Task Dispatch_FailingEveryTime_IsDeadLetteredWithItsReason()
    {
        await QueueOneAsync();
        for (var i = 0; i < 3; i++)
        {
            _transport.FailNext(new HttpRequestException("connection reset"));
        }

        for (var i = 0; i < 3; i++)
        {
            await Dispatcher(maxAttempts: 3).DispatchAllDueAsync(CancellationToken.None);
            _time.Advance(TimeSpan.FromHours(2));
        }

        var row = Assert.Single(await _deliveries.ListByChannelAsync(Channel, CancellationToken.None));
        Assert.Equal(DeliveryStatus.Dead, row.Status);
        Assert.Contains("connection reset", row.LastError, StringComparison.Ordinal);
        Assert.Empty(_transport.Sent);
    }

    [Fact]
    public async Task Dispatch_ChannelGone_PausesItsSubscriptionsAndDeadLetters()
    {
        await QueueOneAsync();
        _transport.FailNext(new ChatDeliveryException("bot was kicked") { ChannelUnavailable = true });

        var report = await Dispatcher().DispatchAllDueAsync(CancellationToken.None);

        Assert.Equal(1, report.Dead);
        Assert.Empty(await _subscriptions.ListActiveAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Dispatch_PlatformWithoutTransport_IsDeadLetteredNotRetriedForever()
    {
        var other = new ChannelAddress("carrier-pigeon", "1");
        var article = await _articles.TryAddAsync(new NewArticle { FeedName = "f", Title = "T", Text = "x.", ContentHash = "h", FetchedAt = _time.GetUtcNow() }, CancellationToken.None);
        var subscription = await _subscriptions.AddAsync(new NewSubscription { Channel = other, Query = "t", CreatedAt = _time.GetUtcNow() }, CancellationToken.None);
        await _deliveries.EnqueueAsync([new NewDelivery { Channel = other, ArticleId = article!.Id, SubscriptionId = subscription.Id, CreatedAt = _time.GetUtcNow() }], CancellationToken.None);

        var report = await Dispatcher().DispatchAllDueAsync(CancellationToken.None);

        Assert.Equal(1, report.Dead);
        Assert.Contains("carrier-pigeon", Assert.Single(await _deliveries.ListByChannelAsync(other, CancellationToken.None)).LastError, StringComparison.Ordinal);
    }

    /// <summary>A store whose first read of a channel's last send runs something before it answers.</summary>
    private sealed class ReadsOutlastingTheLease(IDeliveryStore inner, Func<Task> beforeFirstRead) : DelegatingDeliveryStore(inner)
    {
        private int _reads;

        public override async Task<DateTimeOffset?> LastSentAtAsync(ChannelAddress channel, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _reads) == 1)
            {
                await beforeFirstRead();
            }

            return await Inner.LastSentAtAsync(channel, cancellationToken);
        }
    }

    /// <summary>A transport that runs something once, before its first send.</summary>
    // Runs the fake clock on while the dispatch waits on it (backoffs, the lease keeper), a second at a time.
    private async Task<DispatchReport> WhileTheClockRunsAsync(Task<DispatchReport> dispatching)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!dispatching.IsCompleted)
        {
            Assert.True(DateTime.UtcNow < deadline, "the dispatch never ended");
            if (_time.PendingTimers > 0)
            {
                _time.Advance(TimeSpan.FromSeconds(1));
            }

            await Task.Delay(5);
        }

        return await dispatching;
    }

    private async Task AdvanceUntilAsync(Func<bool> condition, TimeSpan step)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            if (_time.PendingTimers > 0)
            {
                _time.Advance(step);
            }

            await Task.Delay(5);
        }
    }

    /// <summary>The database refusing for a moment: the first records of a send, or moves of a lease, fail.</summary>
    private sealed class FailingStore(IDeliveryStore inner) : DelegatingDeliveryStore(inner)
    {
        private int _records;
        private int _moves;

        public int RecordFailures { get; init; }

        public int LeaseMoveFailures { get; init; }

        public int LeaseMoves => Volatile.Read(ref _moves);

        public override Task MarkSentAsync(long deliveryId, string messageId, DateTimeOffset sentAt, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _records) <= RecordFailures
                ? Task.FromException(new TimeoutException("sorry, too many clients already"))
                : base.MarkSentAsync(deliveryId, messageId, sentAt, cancellationToken);

        public override Task<bool> ExtendLeaseAsync(long deliveryId, DateTimeOffset lease, DateTimeOffset until, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _moves) <= LeaseMoveFailures
                ? Task.FromException<bool>(new TimeoutException("sorry, too many clients already"))
                : base.ExtendLeaseAsync(deliveryId, lease, until, cancellationToken);
    }

    private sealed class CallbackTransport(IChatTransport inner, Func<Task> beforeFirstSend) : IChatTransport
    {
        private int _sends;

        public string Platform => inner.Platform;

        public async Task<string> SendAlertAsync(ChannelAddress channel, Alert alert, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _sends) == 1)
            {
                await beforeFirstSend();
            }

            return await inner.SendAlertAsync(channel, alert, cancellationToken);
        }

        public Task<string> SendUpdateAsync(ChannelAddress channel, AlertUpdate update, CancellationToken cancellationToken) =>
            inner.SendUpdateAsync(channel, update, cancellationToken);
    }
}
