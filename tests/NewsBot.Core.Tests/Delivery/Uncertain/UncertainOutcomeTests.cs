using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;
using NewsBot.Core.Delivery.Pacing;
using NewsBot.Core.Subscriptions;
using NewsBot.Testing.Chat;
using NewsBot.Testing.Metrics;
using NewsBot.Testing.Stores;
using NewsBot.Testing.Time;

namespace NewsBot.Core.Tests.Delivery.Uncertain;

/// <summary>One delivery through each transition of an unknown outcome, on a platform that cannot deduplicate.</summary>
public sealed class UncertainOutcomeTests : IDisposable
{
    private static readonly ChannelAddress Channel = new("test", "news");

    private readonly InMemoryDeliveryStore _deliveries = new();
    private readonly InMemoryArticleStore _articles = new();
    private readonly InMemorySubscriptionStore _subscriptions = new();
    private readonly RecordingChatTransport _transport = new(honorsDeliveryKey: false);
    private readonly FakeTimeProvider _time = new();
    private readonly TestMeterFactory _meters = new();
    private readonly CounterRecorder _uncertain;

    public UncertainOutcomeTests()
    {
        _uncertain = new CounterRecorder(_meters, DeliveryMetrics.Uncertain);
    }

    public void Dispose()
    {
        _uncertain.Dispose();
        _meters.Dispose();
    }

    private long Counted(string outcome) =>
        _uncertain.Measurements.Where(m => Equals(m.Tags["outcome"], outcome)).Sum(m => m.Value);

    private static ChatDeliveryException AnswerLost(bool idempotent = false) =>
        new("no answer within the request timeout") { OutcomeUnknown = true, RetryIsIdempotent = idempotent };

    private DeliveryDispatcher Dispatcher(UncertainPolicy policy) => new(
        _deliveries, _subscriptions, [_transport], new StoryContentLoader(_articles, new InMemoryArticleAnalysisStore(), new InMemoryStoryStore(_articles), new ArticleAnalyzer()),
        new ChannelAlertPolicy(_deliveries, Options.Create(new ChannelLimitsOptions { DailyCapPerChannel = 0 }), _time),
        Options.Create(new DeliveryOptions { OnUncertain = policy, UncertainWaitSeconds = 120 }), new DeliveryMetrics(_meters), _time, NullLogger<DeliveryDispatcher>.Instance);

    private async Task QueueOneAsync()
    {
        var article = await _articles.TryAddAsync(
            new NewArticle { FeedName = "f", Title = "Floods in Valencia", Text = "Rain fell. More rain fell.", ContentHash = "h1", FetchedAt = _time.GetUtcNow() },
            CancellationToken.None);
        var subscription = await _subscriptions.AddAsync(new NewSubscription { Channel = Channel, Query = "valencia", CreatedAt = _time.GetUtcNow() }, CancellationToken.None);
        await _deliveries.EnqueueAsync([new NewDelivery { Channel = Channel, ArticleId = article!.Id, SubscriptionId = subscription.Id, CreatedAt = _time.GetUtcNow() }], CancellationToken.None);
    }

    private async Task<Core.Delivery.Delivery> RowAsync() => Assert.Single(await _deliveries.ListByChannelAsync(Channel, CancellationToken.None));

    [Theory]
    [InlineData(UncertainPolicy.Skip)]
    [InlineData(UncertainPolicy.Retry)]
    public async Task Dispatch_AnswerLost_BecomesUncertainAndIsNotSentAgainBeforeTheWait(UncertainPolicy policy)
    {
        await QueueOneAsync();
        _transport.FailNext(AnswerLost());
        var lostAt = _time.GetUtcNow();

        var first = await Dispatcher(policy).DispatchAllDueAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(119));
        var beforeTheWait = await Dispatcher(policy).DispatchAllDueAsync(CancellationToken.None);

        Assert.Equal(1, first.Retrying);
        Assert.Equal(0, beforeTheWait.Claimed);
        var row = await RowAsync();
        Assert.Equal(DeliveryStatus.Uncertain, row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.Equal(lostAt, row.UncertainAt);
        Assert.Equal(lostAt.AddSeconds(120), row.NextAttemptAt);
        Assert.Equal(1, Counted("held"));
    }

    [Fact]
    public async Task Dispatch_UncertainUnderSkip_IsClosedWithoutResendingAndCounted()
    {
        await QueueOneAsync();
        _transport.FailNext(AnswerLost());
        await Dispatcher(UncertainPolicy.Skip).DispatchAllDueAsync(CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(120));
        var settled = await Dispatcher(UncertainPolicy.Skip).DispatchAllDueAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(1));
        var later = await Dispatcher(UncertainPolicy.Skip).DispatchAllDueAsync(CancellationToken.None);

        Assert.Equal(1, settled.Skipped);
        Assert.Equal(0, later.Claimed);
        Assert.Empty(_transport.Sent);
        var row = await RowAsync();
        Assert.Equal(DeliveryStatus.Skipped, row.Status);
        Assert.Contains("OnUncertain = skip", row.LastError, StringComparison.Ordinal);
        Assert.Equal(1, Counted("skipped"));
    }

    [Fact]
    public async Task Dispatch_UncertainUnderRetry_IsSentExactlyOnceMore()
    {
        await QueueOneAsync();
        _transport.FailNext(AnswerLost());
        await Dispatcher(UncertainPolicy.Retry).DispatchAllDueAsync(CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(120));
        var settled = await Dispatcher(UncertainPolicy.Retry).DispatchAllDueAsync(CancellationToken.None);

        Assert.Equal(1, settled.Sent);
        Assert.Single(_transport.Sent);
        var row = await RowAsync();
        Assert.Equal(DeliveryStatus.Sent, row.Status);
        Assert.Equal(1, Counted("retried"));
    }

    [Fact]
    public async Task Dispatch_RetryOfAnUncertainSendLosesItsAnswerToo_IsSkippedNeverSentAThirdTime()
    {
        await QueueOneAsync();
        _transport.FailNext(AnswerLost());
        _transport.FailNext(AnswerLost());
        await Dispatcher(UncertainPolicy.Retry).DispatchAllDueAsync(CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(120));
        var settled = await Dispatcher(UncertainPolicy.Retry).DispatchAllDueAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(1));
        await Dispatcher(UncertainPolicy.Retry).DispatchAllDueAsync(CancellationToken.None);

        Assert.Equal(1, settled.Skipped);
        Assert.Empty(_transport.Sent);
        var row = await RowAsync();
        Assert.Equal(DeliveryStatus.Skipped, row.Status);

        // Closing it records no attempt: the count says how many sends were tried before the lost answer.
        Assert.Equal(1, row.Attempts);
    }

    [Fact]
    public async Task Dispatch_RetryOfAnUncertainSendRefusedOutright_RetriesWithBackoffButAThirdUnknownIsSkipped()
    {
        await QueueOneAsync();
        _transport.FailNext(AnswerLost());
        _transport.FailNext(new ChatDeliveryException("502 Bad Gateway before the request was read"));
        _transport.FailNext(AnswerLost());
        await Dispatcher(UncertainPolicy.Retry).DispatchAllDueAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(120));
        await Dispatcher(UncertainPolicy.Retry).DispatchAllDueAsync(CancellationToken.None);
        Assert.Equal(DeliveryStatus.Due, (await RowAsync()).Status);

        _time.Advance(TimeSpan.FromHours(1));
        await Dispatcher(UncertainPolicy.Retry).DispatchAllDueAsync(CancellationToken.None);

        var row = await RowAsync();
        Assert.Equal(DeliveryStatus.Skipped, row.Status);
        Assert.Equal(2, row.Attempts);
        Assert.Empty(_transport.Sent);
    }

    [Theory]
    [InlineData(UncertainPolicy.Skip)]
    [InlineData(UncertainPolicy.Retry)]
    public async Task Dispatch_AnswerLostWhereRetryIsIdempotent_IsRetriedLikeAnyFailure(UncertainPolicy policy)
    {
        await QueueOneAsync();
        _transport.FailNext(AnswerLost(idempotent: true));
        await Dispatcher(policy).DispatchAllDueAsync(CancellationToken.None);

        var row = await RowAsync();
        Assert.Equal(DeliveryStatus.Due, row.Status);
        Assert.Null(row.UncertainAt);
        _time.Advance(TimeSpan.FromMinutes(1));
        await Dispatcher(policy).DispatchAllDueAsync(CancellationToken.None);
        Assert.Single(_transport.Sent);
        Assert.Equal(0, _uncertain.Total);
    }

    [Fact]
    public void IsTransient_AnswerLostAndRetryNotIdempotent_IsNotRetriedInProcess()
    {
        Assert.False(TransientFailure.IsTransient(AnswerLost(), CancellationToken.None));
        Assert.True(TransientFailure.IsTransient(AnswerLost(idempotent: true), CancellationToken.None));
        Assert.True(TransientFailure.IsTransient(new ChatDeliveryException("503"), CancellationToken.None));
    }
}
