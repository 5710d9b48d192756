using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Alerts;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;
using NewsBot.Core.Delivery.Pacing;
using NewsBot.Core.Feeds;
using NewsBot.Core.Pipeline;
using NewsBot.Core.Stories;
using NewsBot.Core.Subscriptions;
using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Testing.Analysis;
using NewsBot.Testing.Chat;
using NewsBot.Testing.Feeds;
using NewsBot.Testing.Logging;
using NewsBot.Testing.Metrics;
using NewsBot.Testing.Pipeline;
using NewsBot.Testing.Stores;
using NewsBot.Testing.Time;

namespace NewsBot.Core.Tests.Pipeline;

public sealed class PoisonArticleTests : IDisposable
{
    private const string PoisonTitle = "Published Sept. 9, 2023";
    private static readonly FeedDefinition Feed = new() { Name = "wire", Url = new Uri("https://news.example/rss"), Interval = TimeSpan.FromMinutes(10) };
    private static readonly ChannelAddress Channel = new("test", "news");
    private static readonly string[] Syllables = ["ka", "lo", "mi", "nu", "pe", "ri", "so", "tu", "va", "xe", "zo", "bi", "da", "fu", "go", "hy"];

    private readonly ScriptedFeedReader _reader = new();
    private readonly InMemoryArticleStore _articles = new();
    private readonly InMemoryArticleAnalysisStore _analyses = new();
    private readonly InMemorySubscriptionStore _subscriptions = new();
    private readonly InMemoryDeliveryStore _deliveries = new();
    private readonly InMemoryStoryStore _stories;
    private readonly FakeTimeProvider _time = new();
    private readonly PoisonAnalyzer _analyzer = new(title => title.Contains(PoisonTitle, StringComparison.Ordinal));
    private readonly TestMeterFactory _meters = new();
    private readonly RecordingLoggerProvider _logs = new();
    private readonly StoryTracker _tracker;
    private readonly IngestionOptions _options = new() { MaxArticleTries = 3, ArticleRetrySeconds = 60, MaxArticleRetryMinutes = 60 };

    public PoisonArticleTests()
    {
        _stories = new InMemoryStoryStore(_articles);
        _tracker = new StoryTracker(_stories, _articles, _analyses, new ArticleAnalyzer(), _time);
    }

    public void Dispose()
    {
        _tracker.Dispose();
        _meters.Dispose();
        _logs.Dispose();
    }

    private IngestionPipeline Pipeline(ITopicMatcher? matcher = null) => new(
        // The thousand in one poll: this test is about one article's failure, not the per-poll budget.
        new FeedPoller(_reader, new InMemoryFeedStateStore(), _articles, Options.Create(new FeedPollingOptions { MaxNewItemsPerPoll = 2_000 }), _time, NullLogger<FeedPoller>.Instance),
        _articles,
        _analyzer,
        _analyses,
        _tracker,
        Planner(matcher),
        TestFailureRecorder.Create(_articles, _time, _options, _meters, _logs.CreateLogger<ArticleFailureRecorder>()),
        _time);

    private AlertPlanner Planner(ITopicMatcher? matcher)
    {
        var index = new TopicIndex(AliasTable.Empty);
#pragma warning disable CA2000 // Lives as long as the planner, as in TestPlanner.
        var active = new ActiveSubscriptions(_subscriptions, index, NullLogger<ActiveSubscriptions>.Instance);
#pragma warning restore CA2000
        return new AlertPlanner(active, matcher is null ? index : new SwitchableMatcher(index, matcher), _deliveries, _time, NullLogger<AlertPlanner>.Instance);
    }

    private DeliveryDispatcher Dispatcher(RecordingChatTransport transport) => new(
        _deliveries, _subscriptions, [transport], new StoryContentLoader(_articles, _analyses, _stories, _analyzer),
        new ChannelAlertPolicy(_deliveries, Options.Create(new ChannelLimitsOptions { DailyCapPerChannel = 0 }), _time),
        Options.Create(new DeliveryOptions()), new DeliveryMetrics(new TestMeterFactory()), _time, NullLogger<DeliveryDispatcher>.Instance);

    private Task<Subscription> SubscribeAsync() =>
        _subscriptions.AddAsync(new NewSubscription { Channel = Channel, Query = "Valence", CreatedAt = _time.GetUtcNow() }, CancellationToken.None);

    // Words of its own for each article, so no two share a story: Valence is all they have in common.
    private static RawItem GoodItem(int n)
    {
        var words = Enumerable.Range(0, 8).Select(w => Word((n * 8) + w)).ToArray();
        return new RawItem
        {
            ExternalId = n.ToString(CultureInfo.InvariantCulture),
            Title = $"{words[0]} {words[1]} {words[2]} à Valence",
            Text = $"{words[3]} {words[4]} {words[5]}. {words[6]} {words[7]} Valence.",
        };
    }

    private static string Word(int n) =>
        string.Concat(Syllables[n & 15], Syllables[(n >> 4) & 15], Syllables[(n >> 8) & 15], Syllables[(n >> 12) & 15]);

    private static RawItem PoisonItem() => new()
    {
        ExternalId = "poison",
        Title = $"Valence: {PoisonTitle}",
        // One line: the injected analyzer is what throws, not the real one's paragraph bug on a dateline.
        Text = "Les pluies ont frappé Valence.",
    };

    [Fact]
    public async Task Run_OnePoisonArticleAmongAThousand_PlansAndDeliversTheThousandInTheSameRun()
    {
        await SubscribeAsync();
        var items = Enumerable.Range(0, 1_000).Select(GoodItem).ToList();
        items.Insert(500, PoisonItem());
        _reader.Returns(new FeedReadResult { Modified = true, Items = items });
        var transport = new RecordingChatTransport();

        var report = await Pipeline().RunAsync(Feed, force: true, CancellationToken.None);
        var sent = await Dispatcher(transport).DispatchAllDueAsync(CancellationToken.None);

        Assert.Equal(1_001, report.Poll.NewArticles.Count);
        Assert.Equal(1_000, report.AlertsQueued);
        var failed = Assert.Single(report.Failed);
        Assert.Equal(report.Poll.NewArticles[500].Id, failed.ArticleId);
        Assert.Equal((1_000, 0), (sent.Sent, sent.Dead));
        Assert.Equal(1_000, transport.Sent.Count);
        Assert.DoesNotContain(transport.Sent, s => s.Alert.Title.Contains(PoisonTitle, StringComparison.Ordinal));
        Assert.Empty(await _articles.ListUnplannedAsync(2_000, _time.GetUtcNow(), CancellationToken.None));
    }

    [Fact]
    public async Task Run_PoisonArticle_IsRecordedFailedWithItsReasonLoggedOnceAndCounted()
    {
        await SubscribeAsync();
        using var counter = new CounterRecorder(_meters, IngestionMetrics.ArticlesFailed);
        _reader.Returns(new FeedReadResult { Modified = true, Items = [GoodItem(1), PoisonItem(), GoodItem(2)] });

        var report = await Pipeline().RunAsync(Feed, force: true, CancellationToken.None);

        var poison = report.Poll.NewArticles[1];
        var failure = await _articles.GetFailureAsync(poison.Id, CancellationToken.None);
        Assert.NotNull(failure);
        Assert.Equal(1, failure.Tries);
        Assert.StartsWith("analysis: ArgumentOutOfRangeException: Index was out of range", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(_time.GetUtcNow().AddSeconds(60), failure.RetryAt);
        Assert.Equal(2, report.AlertsQueued);
        var logged = Assert.Single(_logs.Entries, e => e.Level >= LogLevel.Warning);
        Assert.Contains($"Article {poison.Id} ", logged.Message, StringComparison.Ordinal);
        Assert.IsType<ArgumentOutOfRangeException>(logged.Exception);
        var (value, tags) = Assert.Single(counter.Measurements);
        Assert.Equal((1L, "analysis", (object?)false), (value, tags["step"], tags["left_aside"]));
    }

    [Fact]
    public async Task Run_PoisonArticle_IsRetriedWithBackoffThenLeftAsideAndNeverBlocksTheNextArticles()
    {
        await SubscribeAsync();
        using var counter = new CounterRecorder(_meters, IngestionMetrics.ArticlesFailed);
        _reader.Returns(new FeedReadResult { Modified = true, Items = [PoisonItem()] });
        var pipeline = Pipeline();
        var poison = (await pipeline.RunAsync(Feed, force: true, CancellationToken.None)).Poll.NewArticles[0];

        // Before its retry time the next run does not touch it; at it, it is tried again (60 s, then 120 s).
        var tooSoon = await RunWithAsync(pipeline, GoodItem(1));
        _time.Advance(TimeSpan.FromSeconds(60));
        var second = await RunWithAsync(pipeline, GoodItem(2));
        _time.Advance(TimeSpan.FromSeconds(119));
        var stillWaiting = await RunWithAsync(pipeline, GoodItem(3));
        _time.Advance(TimeSpan.FromSeconds(1));
        var third = await RunWithAsync(pipeline, GoodItem(4));
        _time.Advance(TimeSpan.FromDays(30));
        var later = await RunWithAsync(pipeline, GoodItem(5));

        Assert.Equal([0, 1, 0, 1, 0], new[] { tooSoon, second, stillWaiting, third, later }.Select(r => r.Failed.Count));
        Assert.All(new[] { tooSoon, second, stillWaiting, third, later }, r => Assert.Equal(1, r.AlertsQueued));
        Assert.Equal(3, _analyzer.PoisonCalls);
        var failure = Assert.Single(await _articles.ListFailuresAsync(10, CancellationToken.None));
        Assert.Equal((poison.Id, 3, true), (failure.ArticleId, failure.Tries, failure.IsLeftAside));
        Assert.Equal([false, false, true], counter.Measurements.Select(m => (bool)m.Tags["left_aside"]!));
        Assert.Equal(LogLevel.Error, _logs.Entries.Last(e => e.Level >= LogLevel.Warning).Level);
    }

    [Fact]
    public async Task Run_LeftAsideArticleClearedAfterTheFix_IsAnalyzedPlannedAndDelivered()
    {
        await SubscribeAsync();
        _reader.Returns(new FeedReadResult { Modified = true, Items = [PoisonItem()] });
        var pipeline = Pipeline();
        for (var i = 0; i < _options.MaxArticleTries; i++)
        {
            await pipeline.RunAsync(Feed, force: true, CancellationToken.None);
            _time.Advance(TimeSpan.FromHours(1));
        }

        Assert.True(Assert.Single(await _articles.ListFailuresAsync(10, CancellationToken.None)).IsLeftAside);
        _analyzer.Cure();
        Assert.Equal(1, await _articles.ClearFailuresAsync(null, CancellationToken.None));
        _reader.Returns(FeedReadResult.NotModified(ConditionalRequest.None));
        var transport = new RecordingChatTransport();

        var report = await pipeline.RunAsync(Feed, force: true, CancellationToken.None);
        var sent = await Dispatcher(transport).DispatchAllDueAsync(CancellationToken.None);

        Assert.Equal((1, 0), (report.AlertsQueued, report.Failed.Count));
        Assert.Equal(1, sent.Sent);
        Assert.Empty(await _articles.ListFailuresAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task Run_MatchingThrowsForOneArticle_PlansTheOthersAndRecordsAPlanningFailure()
    {
        await SubscribeAsync();
        var items = Enumerable.Range(0, 40).Select(GoodItem).ToList();
        var bad = items[17].Title;
        var matcher = new ThrowingMatcher(article => article.Title == bad);
        _reader.Returns(new FeedReadResult { Modified = true, Items = items });

        var report = await Pipeline(matcher).RunAsync(Feed, force: true, CancellationToken.None);

        Assert.Equal(39, report.AlertsQueued);
        var failed = Assert.Single(report.Failed);
        Assert.Equal(report.Poll.NewArticles[17].Id, failed.ArticleId);
        Assert.StartsWith("planning: InvalidOperationException", failed.Reason, StringComparison.Ordinal);
        Assert.Equal(39, (await _deliveries.ListByChannelAsync(Channel, CancellationToken.None)).Count);
        Assert.Empty(await _articles.ListUnplannedAsync(100, _time.GetUtcNow(), CancellationToken.None));
    }

    [Fact]
    public async Task Run_Cancelled_RecordsNoFailure()
    {
        await SubscribeAsync();
        _reader.Returns(new FeedReadResult { Modified = true, Items = [GoodItem(1)] });
        using var cancellation = new CancellationTokenSource();
        var matcher = new ThrowingMatcher(_ =>
        {
            cancellation.Cancel();
            cancellation.Token.ThrowIfCancellationRequested();
            return false;
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Pipeline(matcher).RunAsync(Feed, force: true, cancellation.Token));

        Assert.Empty(await _articles.ListFailuresAsync(10, CancellationToken.None));
    }

    private async Task<IngestionReport> RunWithAsync(IngestionPipeline pipeline, RawItem item)
    {
        _reader.Returns(new FeedReadResult { Modified = true, Items = [item] });
        return await pipeline.RunAsync(Feed, force: true, CancellationToken.None);
    }

    private sealed class ThrowingMatcher(Func<Article, bool> throwsFor) : ITopicMatcher
    {
        public IReadOnlyList<Subscription> Match(Article article, ArticleAnalysis? analysis) =>
            throwsFor(article) ? throw new InvalidOperationException("matcher bug") : [];

        public SubscriptionChanges Synchronize(IReadOnlyList<Subscription> subscriptions) => throw new NotSupportedException();
    }

    // The real index for every article, except those the other matcher throws for.
    private sealed class SwitchableMatcher(ITopicMatcher real, ITopicMatcher faulty) : ITopicMatcher
    {
        public IReadOnlyList<Subscription> Match(Article article, ArticleAnalysis? analysis)
        {
            faulty.Match(article, analysis);
            return real.Match(article, analysis);
        }

        public SubscriptionChanges Synchronize(IReadOnlyList<Subscription> subscriptions) => real.Synchronize(subscriptions);
    }
}
