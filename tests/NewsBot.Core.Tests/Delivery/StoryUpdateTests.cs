using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Alerts;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;
using NewsBot.Core.Delivery.Pacing;
using NewsBot.Core.Stories;
using NewsBot.Core.Subscriptions;
using NewsBot.Testing.Metrics;
using NewsBot.Testing.Chat;
using NewsBot.Testing.Stores;
using NewsBot.Testing.Time;

namespace NewsBot.Core.Tests.Delivery;

/// <summary>A story gets one alert per channel; its later articles arrive as updates.</summary>
public sealed class StoryUpdateTests : IDisposable
{
    private static readonly ChannelAddress Channel = new("test", "news");
    private static readonly ArticleAnalyzer Analyzer = new();

    private readonly InMemoryDeliveryStore _deliveries = new();
    private readonly InMemoryArticleStore _articles = new();
    private readonly InMemorySubscriptionStore _subscriptions = new();
    private readonly InMemoryArticleAnalysisStore _analyses = new();
    private readonly InMemoryStoryStore _stories;
    private readonly RecordingChatTransport _platform = new();
    private readonly FakeTimeProvider _time = new();
    private readonly StoryTracker _tracker;

    public StoryUpdateTests()
    {
        _stories = new InMemoryStoryStore(_articles);
        _tracker = new StoryTracker(_stories, _articles, _analyses, Analyzer, _time);
    }

    public void Dispose() => _tracker.Dispose();

    private DeliveryDispatcher Dispatcher() => new(
        _deliveries, _subscriptions, [_platform], new StoryContentLoader(_articles, _analyses, _stories, Analyzer),
        new ChannelAlertPolicy(_deliveries, Options.Create(new ChannelLimitsOptions { DailyCapPerChannel = 0 }), _time),
        Options.Create(new DeliveryOptions { EditWindowMinutes = 30 }), new DeliveryMetrics(new TestMeterFactory()), _time, NullLogger<DeliveryDispatcher>.Instance);

    private AlertPlanner Planner() => TestPlanner.Create(_subscriptions, _deliveries, _time);

    private async Task IngestAsync(string key, string title, string text)
    {
        var article = await _articles.TryAddAsync(
            new NewArticle { FeedName = "wire-" + key, Title = title, Text = text, ContentHash = key, FetchedAt = _time.GetUtcNow() }, CancellationToken.None);
        var analyzed = new AnalyzedArticle(article!, Analyzer.Analyze(title, text));
        await _analyses.SaveAsync(article!.Id, analyzed.Analysis, CancellationToken.None);
        var story = await _tracker.AssignAsync(analyzed, CancellationToken.None);
        await Planner().PlanAsync([new StoryArticle(analyzed, story.StoryId)], CancellationToken.None);
    }

    // A channel subscribed to the story, and its alert sent on the story's first article.
    private async Task AlertSentAsync()
    {
        await _subscriptions.AddAsync(new NewSubscription { Channel = Channel, Query = "Valence", CreatedAt = _time.GetUtcNow() }, CancellationToken.None);
        await IngestAsync("a", "Inondations à Valence", FloodA);
        await Dispatcher().DispatchAllDueAsync(CancellationToken.None);
    }

    private const string FloodA = "Des inondations à Valence ont fait au moins 95 morts, selon les secours espagnols. Les pluies torrentielles ont frappé la région de Valence mardi soir. Les secours cherchent encore des disparus dans les villages inondés autour de Valence.";
    private const string FloodB = "Le bilan des inondations à Valence atteint 158 morts, selon le gouvernement espagnol. Les pluies torrentielles sur la région de Valence ont emporté voitures et maisons. Les secours cherchent toujours des disparus dans les villages inondés de Valence.";
    private const string FloodC = "Les secours cherchent encore des disparus après les inondations à Valence, où le bilan est de 158 morts selon le gouvernement espagnol. Les pluies torrentielles sur la région de Valence ont inondé des villages entiers.";

    [Fact]
    public async Task SecondArticleBeforeTheAlertWentOut_IsInTheAlertAndNotPostedAgain()
    {
        await _subscriptions.AddAsync(new NewSubscription { Channel = Channel, Query = "Valence", CreatedAt = _time.GetUtcNow() }, CancellationToken.None);
        await IngestAsync("a", "Inondations à Valence", FloodA);
        await IngestAsync("b", "Valence : le bilan s'alourdit", FloodB);

        var report = await Dispatcher().DispatchAllDueAsync(CancellationToken.None);

        var (_, alert, _) = Assert.Single(_platform.Sent);
        Assert.Equal(2, alert.ArticleCount);
        Assert.Empty(_platform.Updates);
        Assert.Equal(1, report.Merged);
    }

    [Fact]
    public async Task LaterArticle_WithinTheEditWindow_UpdatesTheOriginalMessage()
    {
        await AlertSentAsync();
        _time.Advance(TimeSpan.FromMinutes(10));

        await IngestAsync("b", "Valence : le bilan s'alourdit", FloodB);
        await Dispatcher().DispatchAllDueAsync(CancellationToken.None);

        var (_, original, originalId) = Assert.Single(_platform.Sent);
        var (_, update, updateId) = Assert.Single(_platform.Updates);
        Assert.True(update.MayEdit);
        Assert.Equal(originalId, update.OriginalMessageId);
        Assert.Equal(originalId, updateId);
        Assert.Equal(2, update.Updated.ArticleCount);
        Assert.Contains(update.NewFigures, f => f.Text.Contains("158", StringComparison.Ordinal));
        Assert.DoesNotContain(update.NewFigures, f => original.Figures.Any(o => o.Text == f.Text));
    }

    [Fact]
    public async Task LaterArticlesWaitingTogether_OneEditShowsThemAll_AndTheOtherUpdatesAreNotSent()
    {
        // Under a backlog a story's updates wait in line; the first edit shows the story as it stands, and sending the
        // next would only rewrite the message to the same text (Telegram: "message is not modified"), spending a
        // request of the platform's rate.
        await AlertSentAsync();
        _time.Advance(TimeSpan.FromMinutes(10));
        await IngestAsync("b", "Valence : le bilan s'alourdit", FloodB);
        _time.Advance(TimeSpan.FromMinutes(1));
        await IngestAsync("c", "Valence : les secours cherchent encore", FloodC);

        var report = await Dispatcher().DispatchAllDueAsync(CancellationToken.None);

        var (_, update, _) = Assert.Single(_platform.Updates);
        Assert.Equal(3, update.Updated.ArticleCount);
        Assert.Equal((0, 1), (report.Sent - 1, report.Merged));
        Assert.All(await _deliveries.ListByChannelAsync(Channel, CancellationToken.None), d => Assert.Equal(DeliveryStatus.Sent, d.Status));
    }

    [Fact]
    public async Task LaterArticle_AfterTheLastEdit_EditsTheMessageAgain()
    {
        await AlertSentAsync();
        _time.Advance(TimeSpan.FromMinutes(5));
        await IngestAsync("b", "Valence : le bilan s'alourdit", FloodB);
        await Dispatcher().DispatchAllDueAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(5));

        await IngestAsync("c", "Valence : les secours cherchent encore", FloodC);
        var report = await Dispatcher().DispatchAllDueAsync(CancellationToken.None);

        Assert.Equal([2, 3], _platform.Updates.Select(u => u.Update.Updated.ArticleCount));
        Assert.Equal((1, 0), (report.Sent, report.Merged));
    }

    [Fact]
    public async Task LaterArticle_AfterTheEditWindow_IsAFollowUp()
    {
        await AlertSentAsync();
        _time.Advance(TimeSpan.FromHours(2));

        await IngestAsync("b", "Valence : le bilan s'alourdit", FloodB);
        await Dispatcher().DispatchAllDueAsync(CancellationToken.None);

        var (_, update, updateId) = Assert.Single(_platform.Updates);
        Assert.False(update.MayEdit);
        Assert.NotEqual(update.OriginalMessageId, updateId);
        Assert.Single(_platform.Sent);

        // A follow-up is a post of its own: it carries its row's key, which Discord's enforced nonce deduplicates on.
        var row = (await _deliveries.ListByChannelAsync(Channel, CancellationToken.None)).Single(d => d.Kind == DeliveryKind.Update);
        Assert.Equal(row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), update.Updated.DeliveryKey);
    }

    [Fact]
    public async Task UnrelatedArticle_IsItsOwnStoryWithItsOwnAlert()
    {
        await _subscriptions.AddAsync(new NewSubscription { Channel = Channel, Query = "Valence OR séisme", CreatedAt = _time.GetUtcNow() }, CancellationToken.None);
        await IngestAsync("a", "Inondations à Valence", FloodA);
        await IngestAsync("q", "Séisme au Japon", "Un séisme de magnitude 7,1 a frappé le sud du Japon jeudi, selon l'agence météorologique japonaise. Aucune victime n'a été signalée à Miyazaki.");

        await Dispatcher().DispatchAllDueAsync(CancellationToken.None);

        Assert.Equal(2, _platform.Sent.Count);
        Assert.Empty(_platform.Updates);
    }
}
