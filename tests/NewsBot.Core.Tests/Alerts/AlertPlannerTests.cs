using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Alerts;
using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;
using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Testing.Stores;
using NewsBot.Testing.Time;

namespace NewsBot.Core.Tests.Alerts;

public sealed class AlertPlannerTests
{
    private readonly InMemorySubscriptionStore _subscriptions = new();
    private readonly InMemoryDeliveryStore _deliveries = new();
    private readonly FakeTimeProvider _time = new();

    private AlertPlanner Planner() => new(_subscriptions, new TopicIndex(AliasTable.Empty), _deliveries, _time, NullLogger<AlertPlanner>.Instance);

    private Article Article(long id, string title, string text) => new()
    {
        Id = id, FeedName = "f", Title = title, Text = text, ContentHash = id.ToString(System.Globalization.CultureInfo.InvariantCulture), FetchedAt = _time.GetUtcNow(),
    };

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
}
