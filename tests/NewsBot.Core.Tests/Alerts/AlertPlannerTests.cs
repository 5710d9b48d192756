using NewsBot.Core.Alerts;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;
using NewsBot.Testing.Stores;
using NewsBot.Testing.Time;

namespace NewsBot.Core.Tests.Alerts;

public sealed class AlertPlannerTests
{
    private readonly InMemorySubscriptionStore _subscriptions = new();
    private readonly InMemoryDeliveryStore _deliveries = new();
    private readonly FakeTimeProvider _time = new();

    private AlertPlanner Planner() => TestPlanner.Create(_subscriptions, _deliveries, _time);

    private static readonly ArticleAnalyzer Analyzer = new();

    private AnalyzedArticle Article(long id, string title, string text)
    {
        var article = new Article
        {
            Id = id, FeedName = "f", Title = title, Text = text, ContentHash = id.ToString(System.Globalization.CultureInfo.InvariantCulture), FetchedAt = _time.GetUtcNow(),
        };
        return new AnalyzedArticle(article, Analyzer.Analyze(title, text));
    }

    private Task<Subscription> SubscribeAsync(ChannelAddress channel, string query) =>
        _subscriptions.AddAsync(new NewSubscription { Channel = channel, Query = query, CreatedAt = _time.GetUtcNow() }, CancellationToken.None);

    [Fact]
    public async Task Plan_ChannelWithTwoMatchingSubscriptions_GetsOneDeliveryPerArticle()
    {
        var channel = new ChannelAddress("test", "c1");
        await SubscribeAsync(channel, "Corée du Nord");
        await SubscribeAsync(channel, "Ukraine");

        var queued = await Planner().PlanAsync([Article(1, "La Corée du Nord en Ukraine", "Texte.")], CancellationToken.None);

        Assert.Equal(1, queued);
    }

    [Fact]
    public async Task Plan_SameArticlesAgain_QueuesNothingNew()
    {
        await SubscribeAsync(new ChannelAddress("test", "c1"), "Ukraine");
        var articles = new[] { Article(1, "Ukraine", "x."), Article(2, "Ukraine again", "y.") };

        var first = await Planner().PlanAsync(articles, CancellationToken.None);
        var second = await Planner().PlanAsync(articles, CancellationToken.None);

        Assert.Equal(2, first);
        Assert.Equal(0, second);
    }

    [Fact]
    public async Task Plan_ArticleOnAnotherTopic_QueuesNothing()
    {
        await SubscribeAsync(new ChannelAddress("test", "c1"), "séisme");

        var queued = await Planner().PlanAsync([Article(1, "Corée du Nord", "Des soldats.")], CancellationToken.None);

        Assert.Equal(0, queued);
    }

    [Fact]
    public async Task Plan_DigestSubscription_GetsNoInstantAlert()
    {
        await _subscriptions.AddAsync(
            new NewSubscription { Channel = new ChannelAddress("test", "c1"), Query = "Ukraine", Mode = SubscriptionMode.Digest, DigestAt = new TimeOnly(8, 0), CreatedAt = _time.GetUtcNow() },
            CancellationToken.None);

        var queued = await Planner().PlanAsync([Article(1, "Ukraine", "La guerre en Ukraine continue.")], CancellationToken.None);

        Assert.Equal(0, queued);
    }

    [Fact]
    public async Task Plan_SubscriptionForOtherLanguages_SkipsTheArticle()
    {
        await _subscriptions.AddAsync(
            new NewSubscription { Channel = new ChannelAddress("test", "en-only"), Query = "Ukraine", Languages = ["en"], CreatedAt = _time.GetUtcNow() },
            CancellationToken.None);
        await _subscriptions.AddAsync(
            new NewSubscription { Channel = new ChannelAddress("test", "fr-too"), Query = "Ukraine", Languages = ["fr", "en"], CreatedAt = _time.GetUtcNow() },
            CancellationToken.None);

        var queued = await Planner().PlanAsync([Article(1, "L'Ukraine", "La guerre en Ukraine continue, selon les autorités ukrainiennes qui ont annoncé de nouvelles frappes sur la ville.")], CancellationToken.None);

        Assert.Equal(1, queued);
        Assert.Single(await _deliveries.ListByChannelAsync(new ChannelAddress("test", "fr-too"), CancellationToken.None));
    }
}
