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
using OutboxRow = NewsBot.Core.Delivery.Delivery;

namespace NewsBot.Core.Tests.Delivery;

/// <summary>
/// The process is killed at each step of a delivery (the kill cancels everything and no code after it
/// runs, like a crash), then restarted on the same database: each channel must get each article once.
/// </summary>
public sealed class OutboxCrashTests
{
    private static readonly ChannelAddress[] Channels = [new("test", "alpha"), new("test", "beta")];

    private readonly InMemoryDeliveryStore _deliveries = new();
    private readonly InMemoryArticleStore _articles = new();
    private readonly InMemorySubscriptionStore _subscriptions = new();
    private readonly InMemoryArticleAnalysisStore _analyses = new();
    private readonly FakeTimeProvider _time = new();

    public enum CrashPoint
    {
        BeforeSend,
        AfterSendBeforeRecord,
        WhileRecording,
        AfterRecording,
    }

    [Theory]
    [InlineData(CrashPoint.BeforeSend, 1)]
    [InlineData(CrashPoint.BeforeSend, 4)]
    [InlineData(CrashPoint.AfterSendBeforeRecord, 1)]
    [InlineData(CrashPoint.AfterSendBeforeRecord, 5)]
    [InlineData(CrashPoint.WhileRecording, 2)]
    [InlineData(CrashPoint.WhileRecording, 6)]
    [InlineData(CrashPoint.AfterRecording, 3)]
    [InlineData(CrashPoint.AfterRecording, 6)]
    public async Task Restart_AfterAKillAtAnyStep_EachChannelGetsEachArticleOnce(CrashPoint point, int atDelivery)
    {
        var platform = new RecordingChatTransport();
        await QueueAsync();

        await KillAndRestartAsync(platform, point, atDelivery);

        var posts = platform.Sent.GroupBy(s => (s.Channel, s.Alert.Title)).ToList();
        Assert.Equal(Channels.Length * 3, posts.Count);
        Assert.All(posts, p => Assert.Single(p));
        Assert.All(await AllDeliveriesAsync(), d => Assert.Equal(DeliveryStatus.Sent, d.Status));
    }

    [Fact]
    public async Task Restart_PlatformWithoutIdempotency_RepeatsOnlyTheAlertKilledBetweenSendAndRecord()
    {
        var platform = new RecordingChatTransport(honorsDeliveryKey: false);
        await QueueAsync();

        // One send at a time: with two channels at once, the other channel's send could be answered in the same
        // instant and die unrecorded too, and a real crash would repeat that one as well.
        await KillAndRestartAsync(platform, CrashPoint.AfterSendBeforeRecord, 2, inFlight: 1);

        var counts = platform.Sent.GroupBy(s => (s.Channel, s.Alert.Title)).Select(g => g.Count()).ToList();
        Assert.Equal(Channels.Length * 3, counts.Count);
        Assert.Equal(1, counts.Count(c => c == 2));
        Assert.Equal(counts.Count - 1, counts.Count(c => c == 1));
    }

    private async Task KillAndRestartAsync(RecordingChatTransport platform, CrashPoint point, int atDelivery, int? inFlight = null)
    {
        using var kill = new KillSwitch(point, atDelivery);
        var crashed = await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Dispatcher(new KillableTransport(platform, kill), new KillableDeliveryStore(_deliveries, kill), inFlight).DispatchAllDueAsync(kill.Token));
        Assert.True(kill.Token.IsCancellationRequested, crashed.Message);

        // The restarted process finds the killed delivery leased; it comes back once the lease ends.
        _time.Advance(TimeSpan.FromMinutes(5));
        await Dispatcher(platform, _deliveries).DispatchAllDueAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(5));
        await Dispatcher(platform, _deliveries).DispatchAllDueAsync(CancellationToken.None);
    }

    private DeliveryDispatcher Dispatcher(IChatTransport transport, IDeliveryStore store, int? inFlight = null) => new(
        store, _subscriptions, [transport], new StoryContentLoader(_articles, _analyses, new InMemoryStoryStore(_articles), new ArticleAnalyzer()),
        new ChannelAlertPolicy(store, Options.Create(new ChannelLimitsOptions { DailyCapPerChannel = 0 }), _time),
        Options.Create(new DeliveryOptions { BatchSize = 2, LeaseSeconds = 120, MaxInFlightPerPlatform = inFlight ?? new DeliveryOptions().MaxInFlightPerPlatform }), new DeliveryMetrics(new TestMeterFactory()), _time, NullLogger<DeliveryDispatcher>.Instance);

    private async Task QueueAsync()
    {
        foreach (var channel in Channels)
        {
            await _subscriptions.AddAsync(new NewSubscription { Channel = channel, Query = "séisme", CreatedAt = _time.GetUtcNow() }, CancellationToken.None);
        }

        var articles = new List<AnalyzedArticle>();
        foreach (var city in (string[])["Tokyo", "Lima", "Naples"])
        {
            var article = await _articles.TryAddAsync(
                new NewArticle { FeedName = "wire", Title = $"Séisme à {city}", Text = $"Un séisme a frappé {city}.", ContentHash = city, FetchedAt = _time.GetUtcNow() },
                CancellationToken.None);
            articles.Add(new AnalyzedArticle(article!, new ArticleAnalyzer().Analyze(article!.Title, article.Text)));
        }

        var planner = TestPlanner.Create(_subscriptions, _deliveries, _time);
        Assert.Equal(6, await planner.PlanAsync(articles, CancellationToken.None));
    }

    private async Task<List<OutboxRow>> AllDeliveriesAsync()
    {
        var all = new List<OutboxRow>();
        foreach (var channel in Channels)
        {
            all.AddRange(await _deliveries.ListByChannelAsync(channel, CancellationToken.None));
        }

        return all;
    }

    /// <summary>Kills the "process" the n-th time a delivery reaches the chosen step.</summary>
    private sealed class KillSwitch(CrashPoint point, int atDelivery) : IDisposable
    {
        private readonly CancellationTokenSource _process = new();
        private int _reached;

        public CancellationToken Token => _process.Token;

        public void Reach(CrashPoint step)
        {
            if (step == point && Interlocked.Increment(ref _reached) == atDelivery)
            {
                _process.Cancel();
            }

            // Once dead, nothing more runs: every later step of every delivery dies too.
            _process.Token.ThrowIfCancellationRequested();
        }

        public void Dispose() => _process.Dispose();
    }

    private sealed class KillableTransport(IChatTransport inner, KillSwitch kill) : IChatTransport
    {
        public string Platform => inner.Platform;

        public async Task<string> SendAlertAsync(ChannelAddress channel, Alert alert, CancellationToken cancellationToken)
        {
            kill.Reach(CrashPoint.BeforeSend);
            var id = await inner.SendAlertAsync(channel, alert, cancellationToken);
            kill.Reach(CrashPoint.AfterSendBeforeRecord);
            return id;
        }

        public Task<string> SendUpdateAsync(ChannelAddress channel, AlertUpdate update, CancellationToken cancellationToken) =>
            inner.SendUpdateAsync(channel, update, cancellationToken);
    }

    private sealed class KillableDeliveryStore(IDeliveryStore inner, KillSwitch kill) : DelegatingDeliveryStore(inner)
    {
        public override async Task MarkSentAsync(long deliveryId, string messageId, DateTimeOffset sentAt, CancellationToken cancellationToken)
        {
            kill.Reach(CrashPoint.WhileRecording);
            await Inner.MarkSentAsync(deliveryId, messageId, sentAt, cancellationToken);
            kill.Reach(CrashPoint.AfterRecording);
        }
    }
}
