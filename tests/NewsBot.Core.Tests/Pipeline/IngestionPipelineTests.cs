using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Alerts;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;
using NewsBot.Core.Feeds;
using NewsBot.Core.Pipeline;
using NewsBot.Core.Stories;
using NewsBot.Core.Subscriptions;
using NewsBot.Testing.Feeds;
using NewsBot.Testing.Pipeline;
using NewsBot.Testing.Stores;
using NewsBot.Testing.Time;

namespace NewsBot.Core.Tests.Pipeline;

public sealed class IngestionPipelineTests : IDisposable
{
    private static readonly FeedDefinition Feed = new() { Name = "wire", Url = new Uri("https://news.example/rss"), Interval = TimeSpan.FromMinutes(10) };
    private static readonly ChannelAddress Channel = new("test", "news");

    private readonly ScriptedFeedReader _reader = new();
    private readonly InMemoryArticleStore _articles = new();
    private readonly InMemoryArticleAnalysisStore _analyses = new();
    private readonly InMemorySubscriptionStore _subscriptions = new();
    private readonly InMemoryDeliveryStore _deliveries = new();
    private readonly FakeTimeProvider _time = new();
    private readonly StoryTracker _tracker;

    public IngestionPipelineTests()
    {
        _tracker = new StoryTracker(new InMemoryStoryStore(_articles), _articles, _analyses, new ArticleAnalyzer(), _time);
    }

    public void Dispose() => _tracker.Dispose();

    private IngestionPipeline Pipeline(IArticleAnalyzer? analyzer = null) => new(
        new FeedPoller(_reader, new InMemoryFeedStateStore(), _articles, Options.Create(new FeedPollingOptions()), _time, NullLogger<FeedPoller>.Instance),
        _articles,
        analyzer ?? new ArticleAnalyzer(),
        _analyses,
        _tracker,
        Planner(),
        TestFailureRecorder.Create(_articles, _time),
        _time);

    private AlertPlanner Planner() => TestPlanner.Create(_subscriptions, _deliveries, _time);

    [Fact]
    public async Task Run_AfterACrashBetweenStoringAndPlanning_QueuesTheOrphanedArticlesAlert()
    {
        await _subscriptions.AddAsync(new NewSubscription { Channel = Channel, Query = "Valence", CreatedAt = _time.GetUtcNow() }, CancellationToken.None);

        // The process stored the article, then died before analyzing and matching it.
        await _articles.TryAddAsync(FeedPoller.ToNewArticle(Feed, new RawItem { ExternalId = "1", Title = "Inondations à Valence", Text = "Les pluies ont frappé Valence." }, _time.GetUtcNow()), CancellationToken.None);
        _reader.Returns(FeedReadResult.NotModified(ConditionalRequest.None));

        var report = await Pipeline().RunAsync(Feed, force: true, CancellationToken.None);

        Assert.Equal(1, report.AlertsQueued);
        Assert.Single(await _deliveries.ListByChannelAsync(Channel, CancellationToken.None));
        Assert.Empty(await _articles.ListUnplannedAsync(10, _time.GetUtcNow(), CancellationToken.None));
    }

    [Fact]
    public async Task Run_Twice_PlansEachArticleOnce()
    {
        await _subscriptions.AddAsync(new NewSubscription { Channel = Channel, Query = "Valence", CreatedAt = _time.GetUtcNow() }, CancellationToken.None);
        var item = new RawItem { ExternalId = "1", Title = "Inondations à Valence", Text = "Les pluies ont frappé Valence." };
        _reader.Returns(new FeedReadResult { Modified = true, Items = [item] }).Returns(new FeedReadResult { Modified = true, Items = [item] });

        var first = await Pipeline().RunAsync(Feed, force: true, CancellationToken.None);
        var second = await Pipeline().RunAsync(Feed, force: true, CancellationToken.None);

        Assert.Equal((1, 0), (first.AlertsQueued, second.AlertsQueued));
        Assert.NotNull(await _analyses.GetAsync(first.Poll.NewArticles[0].Id, CancellationToken.None));
    }

    [Fact]
    public async Task Run_AnotherFeedsRunWhileAnArticleIsBeingPlaced_LeavesThatArticleToTheRunPlacingIt()
    {
        await _subscriptions.AddAsync(new NewSubscription { Channel = Channel, Query = "Valence", CreatedAt = _time.GetUtcNow() }, CancellationToken.None);
        var item = new RawItem { ExternalId = "1", Title = "Inondations à Valence", Text = "Les pluies ont frappé Valence." };
        _reader.Returns(new FeedReadResult { Modified = true, Items = [item] }).Returns(FeedReadResult.NotModified(ConditionalRequest.None));
        using var analyzer = new FirstCallHeldAnalyzer();
        var pipeline = Pipeline(analyzer);
        var other = new FeedDefinition { Name = "other", Url = new Uri("https://other.example/rss"), Interval = TimeSpan.FromMinutes(10) };

        // The first run has stored the article and is analyzing it when the other feed's run lists leftovers.
        var first = Task.Run(() => pipeline.RunAsync(Feed, force: true, CancellationToken.None));
        Assert.True(analyzer.Entered.Wait(TimeSpan.FromSeconds(30)));
        var second = await pipeline.RunAsync(other, force: true, CancellationToken.None);
        analyzer.Release.Set();
        var firstReport = await first;

        Assert.Equal(1, analyzer.Calls);
        Assert.Equal((1, 0), (firstReport.AlertsQueued, second.AlertsQueued));
        Assert.Single(await _deliveries.ListByChannelAsync(Channel, CancellationToken.None));
    }

    // Holds its first call until released, as a slow analysis would; later calls go straight through.
    private sealed class FirstCallHeldAnalyzer : IArticleAnalyzer, IDisposable
    {
        private readonly ArticleAnalyzer _inner = new();
        private int _calls;

        public ManualResetEventSlim Entered { get; } = new();

        public ManualResetEventSlim Release { get; } = new();

        public int Calls => Volatile.Read(ref _calls);

        public ArticleAnalysis Analyze(string title, string text)
        {
            if (Interlocked.Increment(ref _calls) == 1)
            {
                Entered.Set();
                Release.Wait(TimeSpan.FromSeconds(30));
            }

            return _inner.Analyze(title, text);
        }

        public void Dispose()
        {
            Entered.Dispose();
            Release.Dispose();
        }
    }
}
