using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;
using NewsBot.Core.Delivery.Pacing;
using NewsBot.Core.Subscriptions;
using NewsBot.Testing.Metrics;
using NewsBot.Testing.Stores;
using NewsBot.Testing.Time;
using Xunit.Abstractions;

namespace NewsBot.Core.Tests.Delivery.Uncertain;

/// <summary>
/// 500 alerts to 10 channels through a platform that answers no 20 % of sends (seeded), counted per policy: how
/// many alerts were posted twice or more, and how many never. The figures are in docs/RELIABILITY.md.
/// </summary>
public sealed class LostAnswerFiguresTests(ITestOutputHelper output)
{
    private const int Channels = 10;
    private const int ArticlesPerChannel = 50;
    private const int Alerts = Channels * ArticlesPerChannel;
    private const double Unanswered = 0.2;

    [Theory]
    [InlineData(7)]
    [InlineData(1234)]
    public async Task Dispatch_TwentyPercentOfAnswersLostButPosted_SkipDoublesNoneAndRetryLosesNone(int seed)
    {
        var skip = await RunAsync(new LossyPlatform(seed, Unanswered), UncertainPolicy.Skip);
        var retry = await RunAsync(new LossyPlatform(seed, Unanswered), UncertainPolicy.Retry);

        Assert.InRange(skip.Unanswered, Alerts / 10, Alerts * 3 / 10);
        Assert.Equal(0, skip.Doubled);
        Assert.Equal(0, skip.Lost);
        Assert.Equal(0, retry.Lost);
        Assert.True(retry.Doubled > 0, "a blind resend on a platform without a nonce posts again");
        Assert.Equal(0, retry.Tripled);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(1234)]
    public async Task Dispatch_HalfTheUnansweredSendsNeverArrived_SkipDoublesNoneAndRetryLosesFewerThanSkip(int seed)
    {
        var skip = await RunAsync(new LossyPlatform(seed, Unanswered, neverArrivedShare: 0.5), UncertainPolicy.Skip);
        var retry = await RunAsync(new LossyPlatform(seed, Unanswered, neverArrivedShare: 0.5), UncertainPolicy.Retry);

        Assert.Equal(0, skip.Doubled);
        Assert.True(skip.Lost > 0, "skip closes a send that never arrived");
        Assert.True(retry.Lost * 5 <= skip.Lost, $"retry lost {retry.Lost}, skip {skip.Lost}");
        Assert.Equal(0, retry.Tripled);
    }

    [Fact]
    public async Task Dispatch_AnswerLostOnAPlatformThatDeduplicates_IsRetriedAndNothingIsLost()
    {
        var platform = new LossyPlatform(7, Unanswered, retryIsIdempotent: true);

        var run = await RunAsync(platform, UncertainPolicy.Skip);

        // The platform here does not really deduplicate, which shows what the nonce saves: every lost answer
        // was resent. On Discord those resends carry the same nonce and post nothing.
        Assert.Equal(0, run.Lost);
        Assert.Equal(0, run.Skipped);
        Assert.True(run.Doubled > 0);
    }

    private async Task<Figures> RunAsync(LossyPlatform platform, UncertainPolicy policy)
    {
        var time = new FakeTimeProvider();
        var deliveries = new InMemoryDeliveryStore();
        var articles = new InMemoryArticleStore();
        var subscriptions = new InMemorySubscriptionStore();
        for (var c = 0; c < Channels; c++)
        {
            var channel = new ChannelAddress(platform.Platform, "chat" + c.ToString(CultureInfo.InvariantCulture));
            var subscription = await subscriptions.AddAsync(new NewSubscription { Channel = channel, Query = "valencia", CreatedAt = time.GetUtcNow() }, CancellationToken.None);
            for (var a = 0; a < ArticlesPerChannel; a++)
            {
                var article = await articles.TryAddAsync(
                    new NewArticle { FeedName = "f", Title = $"Floods in Valencia, report {c}-{a}", Text = "Rain fell. More rain fell.", ContentHash = $"h{c}-{a}", FetchedAt = time.GetUtcNow() },
                    CancellationToken.None);
                await deliveries.EnqueueAsync([new NewDelivery { Channel = channel, ArticleId = article!.Id, SubscriptionId = subscription.Id, CreatedAt = time.GetUtcNow() }], CancellationToken.None);
            }
        }

        using var meters = new TestMeterFactory();
        var dispatcher = new DeliveryDispatcher(
            deliveries, subscriptions, [platform], new StoryContentLoader(articles, new InMemoryArticleAnalysisStore(), new InMemoryStoryStore(articles), new ArticleAnalyzer()),
            new ChannelAlertPolicy(deliveries, Options.Create(new ChannelLimitsOptions { DailyCapPerChannel = 0 }), time),
            Options.Create(new DeliveryOptions { OnUncertain = policy, UncertainWaitSeconds = 120 }), new DeliveryMetrics(meters), time, NullLogger<DeliveryDispatcher>.Instance);

        var total = DispatchReport.Empty;
        for (var round = 0; round < 500; round++)
        {
            total = total.Add(await dispatcher.DispatchAllDueAsync(CancellationToken.None));
            time.Advance(TimeSpan.FromSeconds(30));
        }

        var rows = new List<Core.Delivery.Delivery>();
        for (var c = 0; c < Channels; c++)
        {
            rows.AddRange(await deliveries.ListByChannelAsync(new ChannelAddress(platform.Platform, "chat" + c.ToString(CultureInfo.InvariantCulture)), CancellationToken.None));
        }

        Assert.All(rows, r => Assert.Contains(r.Status, new[] { DeliveryStatus.Sent, DeliveryStatus.Skipped }));
        var copies = rows.Select(r => platform.Posted.GetValueOrDefault(r.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        var figures = new Figures(
            platform.Unanswered,
            Doubled: copies.Count(n => n >= 2),
            Tripled: copies.Count(n => n >= 3),
            Lost: copies.Count(n => n == 0),
            Skipped: rows.Count(r => r.Status == DeliveryStatus.Skipped));
        output.WriteLine($"{policy}: {Alerts} alerts, {figures.Unanswered} sends unanswered; {figures.Doubled} posted twice ({figures.Tripled} three times), {figures.Lost} never posted, {figures.Skipped} skipped");
        return figures;
    }

    private sealed record Figures(int Unanswered, int Doubled, int Tripled, int Lost, int Skipped);
}
