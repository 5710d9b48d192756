using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Alerts;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;
using NewsBot.Core.Delivery.Pacing;
using NewsBot.Core.Stories;
using NewsBot.Core.Subscriptions;
using OutboxRow = NewsBot.Core.Delivery.Delivery;
using NewsBot.Testing.Chat;
using NewsBot.Testing.Metrics;
using NewsBot.Testing.Stores;
using NewsBot.Testing.Time;

namespace NewsBot.Core.Tests.Delivery;

/// <summary>A loaded story keeps what an alert shows, and alerts rendered from it are those of the full articles.</summary>
public sealed class StoryContentLoaderTests : IDisposable
{
    private static readonly ArticleAnalyzer Analyzer = new();
    private static readonly ChannelAddress Early = new("test", "early");
    private static readonly ChannelAddress Late = new("test", "late");

    private const string FloodA = "Des inondations à Valence ont fait au moins 95 morts, selon les secours espagnols. Les pluies torrentielles ont frappé la région de Valence mardi soir. Les secours cherchent encore des disparus dans les villages inondés autour de Valence.";
    private const string FloodB = "Le bilan des inondations à Valence atteint 158 morts, selon le gouvernement espagnol. Les pluies torrentielles sur la région de Valence ont emporté voitures et maisons. Les secours cherchent toujours des disparus dans les villages inondés de Valence.";
    private const string Quake = "Un séisme de magnitude 7,1 a frappé le sud du Japon jeudi, selon l'agence météorologique japonaise. Aucune victime n'a été signalée à Miyazaki.";

    private readonly InMemoryDeliveryStore _deliveries = new();
    private readonly InMemoryArticleStore _articles = new();
    private readonly InMemorySubscriptionStore _subscriptions = new();
    private readonly InMemoryArticleAnalysisStore _analyses = new();
    private readonly InMemoryStoryStore _stories;
    private readonly FakeTimeProvider _time = new();
    private readonly StoryTracker _tracker;
    private readonly List<AnalyzedArticle> _ingested = [];

    public StoryContentLoaderTests()
    {
        _stories = new InMemoryStoryStore(_articles);
        _tracker = new StoryTracker(_stories, _articles, _analyses, Analyzer, _time);
    }

    public void Dispose() => _tracker.Dispose();

    private StoryContentLoader Loader() => new(_articles, _analyses, _stories, Analyzer);

    private async Task<long> IngestAsync(string key, string title, string text)
    {
        var article = await _articles.TryAddAsync(
            new NewArticle { FeedName = "wire-" + key, Title = title, Text = text, ContentHash = key, FetchedAt = _time.GetUtcNow() }, CancellationToken.None);
        var analyzed = new AnalyzedArticle(article!, Analyzer.Analyze(title, text));
        await _analyses.SaveAsync(article!.Id, analyzed.Analysis, CancellationToken.None);
        var story = await _tracker.AssignAsync(analyzed, CancellationToken.None);
        await TestPlanner.Create(_subscriptions, _deliveries, _time).PlanAsync([new StoryArticle(analyzed, story.StoryId)], CancellationToken.None);
        _ingested.Add(analyzed);
        return story.StoryId;
    }

    private async Task<Subscription> SubscribeAsync(ChannelAddress channel, string query) =>
        await _subscriptions.AddAsync(new NewSubscription { Channel = channel, Query = query, CreatedAt = _time.GetUtcNow() }, CancellationToken.None);

    private static OutboxRow RowOf(long articleId, long? storyId) => new()
    {
        Id = 1,
        Channel = Early,
        ArticleId = articleId,
        StoryId = storyId,
        SubscriptionId = 1,
        Status = DeliveryStatus.Due,
        Attempts = 0,
        CreatedAt = DateTimeOffset.UnixEpoch,
        NextAttemptAt = DateTimeOffset.UnixEpoch,
    };

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    [Fact]
    public async Task LoadAsync_StoredStory_KeepsWhatAnAlertShowsWithoutTheTextAndSentences()
    {
        await SubscribeAsync(Early, "Valence");
        var storyId = await IngestAsync("a", "Inondations à Valence", FloodA);
        await IngestAsync("b", "Valence : le bilan s'alourdit", FloodB);

        var loaded = (await Loader().LoadAsync(RowOf(_ingested[1].Article.Id, storyId), CancellationToken.None)).Articles;

        Assert.Equal(2, loaded.Count);
        for (var i = 0; i < loaded.Count; i++)
        {
            var (article, analysis) = loaded[i];
            var full = _ingested[i];
            Assert.Empty(article.Text);
            Assert.Empty(analysis.Sentences);
            Assert.Equal(full.Article with { Text = string.Empty }, article);
            Assert.Equal(full.Analysis.Summary, analysis.Summary);
            Assert.Equal(Json(full.Analysis.Figures), Json(analysis.Figures));
            Assert.Equal(Json(full.Analysis.Sources), Json(analysis.Sources));
            Assert.Equal(full.Analysis.Language, analysis.Language);
        }
    }

    [Fact]
    public async Task LoadAsync_AlertAndUpdateComposedFromTheLoadedStory_SameAsFromTheFullArticles()
    {
        var subscription = await SubscribeAsync(Early, "Valence");
        var storyId = await IngestAsync("a", "Inondations à Valence", FloodA);
        await IngestAsync("b", "Valence : le bilan s'alourdit", FloodB);
        var newest = _ingested[1].Article.Id;

        var loaded = await Loader().LoadAsync(RowOf(newest, storyId), CancellationToken.None);

        Assert.Equal(Json(AlertComposer.Compose(_ingested, subscription)), Json(AlertComposer.Compose(loaded, subscription)));
        Assert.Equal(
            Json(AlertUpdateComposer.Compose(_ingested, newest, subscription, "m1", mayEdit: true)),
            Json(AlertUpdateComposer.Compose(loaded, newest, subscription, "m1", mayEdit: true)));
    }

    [Fact]
    public async Task LoadAsync_StoryOfMoreArticlesThanAnAlertIsComposedFrom_LoadsTheFirstTheDeliverysOwnAndTheNewest()
    {
        var count = StoryContentLoader.MaxArticlesComposed * 3;
        var subscription = await SubscribeAsync(Early, "Valence");
        var storyId = await IngestAsync("a", "Inondations à Valence", FloodA);
        for (var i = 1; i < count; i++)
        {
            await IngestAsync("b" + i, $"Valence : le bilan s'alourdit ({i})", FloodB);
        }

        var own = _ingested[5].Article.Id;
        var story = await Loader().LoadAsync(RowOf(own, storyId), CancellationToken.None);

        Assert.Equal(count, story.ArticleCount);
        var newest = _ingested.TakeLast(StoryContentLoader.MaxArticlesComposed - 2).Select(a => a.Article.Id);
        Assert.Equal([_ingested[0].Article.Id, own, .. newest], story.Articles.Select(a => a.Article.Id));
        var alert = AlertComposer.Compose(story, subscription);
        Assert.Equal(count, alert.ArticleCount);
        Assert.Equal(_ingested[0].Article.Title, alert.Title);
        Assert.Contains(alert.Figures, f => f.Text.Contains("158", StringComparison.Ordinal));
        var update = AlertUpdateComposer.Compose(story, own, subscription, "m1", mayEdit: true);
        Assert.Equal(_ingested[5].Article.Title, update.ArticleTitle);
        Assert.Equal(count, update.Updated.ArticleCount);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(12, 5)]
    [InlineData(13, 13)]
    [InlineData(13, 1)]
    [InlineData(40, 2)]
    [InlineData(40, 99)]
    public void Choose_AnyStorySizeAndOwnArticle_KeepsTheFirstTheOwnAndTheNewestInOrderWithinTheCap(int size, long own)
    {
        var ids = Enumerable.Range(1, size).Select(i => (long)i).ToList();

        var chosen = StoryContentLoader.Choose(ids, own);

        Assert.Equal(Math.Min(size, StoryContentLoader.MaxArticlesComposed), chosen.Count);
        Assert.Equal(1, chosen[0]);
        Assert.Equal(size, chosen[^1]);
        Assert.Equal(chosen.Order(), chosen);
        Assert.Equal(chosen.Distinct().Count(), chosen.Count);
        if (own <= size)
        {
            Assert.Contains(own, chosen);
        }
    }

    [Fact]
    public async Task DispatchAllDue_AStorysRowSentAfterAnotherChannelsRowOfItWasSettled_RendersTheSameAlert()
    {
        // The late channel's first row is another story, held until the early channel has sent the Valence story:
        // the late channel's row of that story is composed after the early one's row was settled.
        await SubscribeAsync(Late, "séisme OR Valence");
        await IngestAsync("q", "Séisme au Japon", Quake);
        await SubscribeAsync(Early, "Valence");
        await IngestAsync("a", "Inondations à Valence", FloodA);
        await IngestAsync("b", "Valence : le bilan s'alourdit", FloodB);
        var platform = new HoldingTransport(Late, Early);
        var dispatcher = new DeliveryDispatcher(
            _deliveries, _subscriptions, [platform], Loader(),
            new ChannelAlertPolicy(_deliveries, Options.Create(new ChannelLimitsOptions { DailyCapPerChannel = 0 }), _time),
            Options.Create(new DeliveryOptions { BatchSize = 10, MaxInFlightPerPlatform = 10 }),
            new DeliveryMetrics(new TestMeterFactory()), _time, NullLogger<DeliveryDispatcher>.Instance);

        var report = await dispatcher.DispatchAllDueAsync(CancellationToken.None);

        Assert.Equal(3, report.Sent);
        var early = Assert.Single(platform.Sent, s => s.Channel == Early).Alert;
        var late = platform.Sent.Where(s => s.Channel == Late).Select(s => s.Alert).Last();
        Assert.Equal(2, late.ArticleCount);
        Assert.Equal(early.Summary, late.Summary);
        Assert.Equal(Json(early.Figures), Json(late.Figures));
        Assert.Equal(Json(early.Sources), Json(late.Sources));
        Assert.Contains(late.Figures, f => f.Text.Contains("158", StringComparison.Ordinal));
    }

    /// <summary>Records alerts; the held channel's first send waits until the other channel has sent one.</summary>
    private sealed class HoldingTransport(ChannelAddress held, ChannelAddress first) : IChatTransport
    {
        private readonly RecordingChatTransport _inner = new();
        private readonly TaskCompletionSource _firstSent = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Platform => _inner.Platform;

        public IEnumerable<(ChannelAddress Channel, Alert Alert, string MessageId)> Sent => _inner.Sent;

        public async Task<string> SendAlertAsync(ChannelAddress channel, Alert alert, CancellationToken cancellationToken)
        {
            if (channel == held)
            {
                await _firstSent.Task.WaitAsync(cancellationToken);
            }

            var id = await _inner.SendAlertAsync(channel, alert, cancellationToken);
            if (channel == first)
            {
                _firstSent.TrySetResult();
            }

            return id;
        }

        public Task<string> SendUpdateAsync(ChannelAddress channel, AlertUpdate update, CancellationToken cancellationToken) =>
            _inner.SendUpdateAsync(channel, update, cancellationToken);
    }
}
