using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;
using NewsBot.Core.Delivery.Pacing;
using NewsBot.Core.Subscriptions;
using NewsBot.Testing.Metrics;
using NewsBot.Testing.Analysis;
using NewsBot.Testing.Chat;
using NewsBot.Testing.Stores;
using NewsBot.Testing.Time;

namespace NewsBot.Core.Tests.Delivery;

public sealed class DeliveryIsolationTests
{
    private static readonly ChannelAddress Channel = new("test", "news");
    private static readonly ChannelAddress Other = new("test", "other");

    private readonly InMemoryDeliveryStore _deliveries = new();
    private readonly InMemoryArticleStore _articles = new();
    private readonly InMemorySubscriptionStore _subscriptions = new();
    private readonly RecordingChatTransport _transport = new();
    private readonly FakeTimeProvider _time = new();

    // No analysis is stored, so loading each delivery's content analyzes its article, and the poison one throws.
    private readonly PoisonAnalyzer _analyzer = new(title => title.Contains("poison", StringComparison.Ordinal));

    private DeliveryDispatcher Dispatcher(int maxAttempts = 3) => new(
        _deliveries, _subscriptions, [_transport], new StoryContentLoader(_articles, new InMemoryArticleAnalysisStore(), new InMemoryStoryStore(_articles), _analyzer),
        new ChannelAlertPolicy(_deliveries, Options.Create(new ChannelLimitsOptions { DailyCapPerChannel = 0 }), _time),
        Options.Create(new DeliveryOptions { MaxAttempts = maxAttempts }), new DeliveryMetrics(new TestMeterFactory()), _time, NullLogger<DeliveryDispatcher>.Instance);

    private async Task QueueAsync(ChannelAddress channel, params string[] titles)
    {
        var subscription = await _subscriptions.AddAsync(new NewSubscription { Channel = channel, Query = "valencia", CreatedAt = _time.GetUtcNow() }, CancellationToken.None);
        foreach (var title in titles)
        {
            var article = await _articles.TryAddAsync(
                new NewArticle { FeedName = "f", Title = $"Valencia {title}", Text = $"Rain fell on Valencia ({title}).", ContentHash = channel.ChannelId + title, FetchedAt = _time.GetUtcNow() },
                CancellationToken.None);
            await _deliveries.EnqueueAsync([new NewDelivery { Channel = channel, ArticleId = article!.Id, SubscriptionId = subscription.Id, CreatedAt = _time.GetUtcNow() }], CancellationToken.None);
        }
    }

    [Fact]
    public async Task Dispatch_OneDeliveryWhoseContentCannotBeLoaded_TheChannelsOtherDeliveriesAreSent()
    {
        await QueueAsync(Channel, "first", "poison", "last");
        await QueueAsync(Other, "elsewhere");

        var report = await Dispatcher().DispatchAllDueAsync(CancellationToken.None);

        Assert.Equal((3, 1, 0), (report.Sent, report.Retrying, report.Dead));
        Assert.Equal(["Valencia elsewhere", "Valencia first", "Valencia last"], _transport.Sent.Select(s => s.Alert.Title).Order(StringComparer.Ordinal));
        var poison = Assert.Single(await _deliveries.ListByChannelAsync(Channel, CancellationToken.None), d => d.Status == DeliveryStatus.Due);
        Assert.Equal(1, poison.Attempts);
        Assert.Contains("Index was out of range", poison.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispatch_ContentFailingEveryTime_IsDeadLetteredWithItsReasonAfterTheLastAttempt()
    {
        await QueueAsync(Channel, "poison");

        for (var attempt = 0; attempt < 3; attempt++)
        {
            await Dispatcher(maxAttempts: 3).DispatchAllDueAsync(CancellationToken.None);
            _time.Advance(TimeSpan.FromHours(2));
        }

        var row = Assert.Single(await _deliveries.ListByChannelAsync(Channel, CancellationToken.None));
        Assert.Equal(DeliveryStatus.Dead, row.Status);
        Assert.Contains("gave up after 3 attempts", row.LastError, StringComparison.Ordinal);
        Assert.Equal(3, _analyzer.PoisonCalls);
        Assert.Empty(_transport.Sent);
    }

    [Fact]
    public async Task Dispatch_TransportThrowsAnUnexpectedException_TheNextDeliveriesAreStillSent()
    {
        await QueueAsync(Channel, "first", "second");
        _transport.FailNext(new InvalidOperationException("renderer bug"));

        var report = await Dispatcher().DispatchAllDueAsync(CancellationToken.None);

        Assert.Equal((1, 1), (report.Sent, report.Retrying));
        Assert.Contains("renderer bug", Assert.Single(await _deliveries.ListByChannelAsync(Channel, CancellationToken.None), d => d.Status == DeliveryStatus.Due).LastError, StringComparison.Ordinal);
    }
}
