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

namespace NewsBot.Testing.Crash;

/// <summary>
/// One run of the outbox under kills: three articles planned for each channel, then the dispatcher killed at
/// random steps (a claim, a send to the platform, the record of it) and restarted on the same stores, the same
/// platform, after the lease, until a life runs to the end. The platform then shows what each channel got.
/// </summary>
public sealed class OutboxKillRun
{
    /// <summary>The cities of the articles; each alert's text names its city.</summary>
    public static readonly IReadOnlyList<string> Cities = ["Tokyo", "Lima", "Naples"];

    /// <summary>A clean run takes about this many steps (claims, sends, records); kills are drawn among them.</summary>
    private const int StepsOfARun = 18;

    private readonly InMemoryDeliveryStore _deliveries = new();
    private readonly InMemoryArticleStore _articles = new();
    private readonly InMemorySubscriptionStore _subscriptions = new();
    private readonly InMemoryArticleAnalysisStore _analyses = new();
    private readonly FakeTimeProvider _time = new();

    /// <summary>Where each kill fell, in the words of <see cref="CrashPoint.Killed"/>.</summary>
    public List<string> Kills { get; } = [];

    /// <summary>Every life, the last one (not killed) included.</summary>
    public List<CrashPoint> Lives { get; } = [];

    /// <summary>
    /// Runs the whole thing. <paramref name="transportFor"/> gives a life's transport, its requests going through
    /// that life's <see cref="CrashPoint"/>; the first <paramref name="kills"/> lives are killed (0: a clean run).
    /// </summary>
    public async Task RunAsync(IReadOnlyList<ChannelAddress> channels, Func<CrashPoint, IChatTransport> transportFor, Random random, int kills = 3)
    {
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(transportFor);
        ArgumentNullException.ThrowIfNull(random);
        await QueueAsync(channels).ConfigureAwait(false);
        for (var life = 0; ; life++)
        {
            var crash = life < kills ? new CrashPoint(random.Next(1, StepsOfARun + 1), afterStep: random.Next(2) == 1) : CrashPoint.Never;
            Lives.Add(crash);
            var store = new CrashingDeliveryStore(_deliveries, crash);
            var dispatching = Dispatcher(transportFor(crash), store).DispatchAllDueAsync(CancellationToken.None);

            // A killed process is not waited for: what it was in the middle of (a backoff before writing a record
            // again, a lease's next move) waits on the test's clock, and whatever it does later fails at its next
            // step, reaching neither the stores nor the platform, as after a real kill.
            await Task.WhenAny(dispatching, crash.Killed).ConfigureAwait(false);
            if (crash.IsDead)
            {
                _ = dispatching.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            }
            else
            {
                await dispatching.ConfigureAwait(false);
            }

            // A restart finds what the killed process held still leased: it comes back once the lease ends.
            _time.Advance(TimeSpan.FromMinutes(5));
            if (crash.IsDead)
            {
                Kills.Add(await crash.Killed.ConfigureAwait(false));
            }
            else if (await AllSentAsync(channels).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    private async Task<bool> AllSentAsync(IReadOnlyList<ChannelAddress> channels)
    {
        foreach (var channel in channels)
        {
            var rows = await _deliveries.ListByChannelAsync(channel, CancellationToken.None).ConfigureAwait(false);
            if (rows.Any(r => r.Status != DeliveryStatus.Sent))
            {
                return false;
            }
        }

        return true;
    }

    private DeliveryDispatcher Dispatcher(IChatTransport transport, IDeliveryStore store) => new(
        store, _subscriptions, [transport], new StoryContentLoader(_articles, _analyses, new InMemoryStoryStore(_articles), new ArticleAnalyzer()),
        new ChannelAlertPolicy(store, Options.Create(new ChannelLimitsOptions { DailyCapPerChannel = 0 }), _time),
        Options.Create(new DeliveryOptions { BatchSize = 2, LeaseSeconds = 120 }), new DeliveryMetrics(new TestMeterFactory()), _time, NullLogger<DeliveryDispatcher>.Instance);

    private async Task QueueAsync(IReadOnlyList<ChannelAddress> channels)
    {
        foreach (var channel in channels)
        {
            await _subscriptions.AddAsync(new NewSubscription { Channel = channel, Query = "séisme", CreatedAt = _time.GetUtcNow() }, CancellationToken.None).ConfigureAwait(false);
        }

        var articles = new List<AnalyzedArticle>();
        foreach (var city in Cities)
        {
            var article = await _articles.TryAddAsync(
                new NewArticle { FeedName = "wire", Title = $"Séisme à {city}", Text = $"Un séisme a frappé {city}.", ContentHash = city, FetchedAt = _time.GetUtcNow() },
                CancellationToken.None).ConfigureAwait(false);
            articles.Add(new AnalyzedArticle(article!, new ArticleAnalyzer().Analyze(article!.Title, article.Text)));
        }

        await TestPlanner.Create(_subscriptions, _deliveries, _time).PlanAsync(articles, CancellationToken.None).ConfigureAwait(false);
    }
}
