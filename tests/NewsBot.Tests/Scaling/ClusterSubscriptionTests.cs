using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Alerts;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;
using NewsBot.Core.Platforms;
using NewsBot.Core.Subscriptions;
using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Testing.Postgres;

namespace NewsBot.Tests.Scaling;

public sealed class ClusterSubscriptionTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly ChannelAddress Channel = new(ClusterTransport.PlatformName, "ops");

    private static async Task<AnalyzedArticle> StoreArticleAsync(IServiceProvider node, string key)
    {
        var article = await node.GetRequiredService<IArticleStore>().TryAddAsync(
            new NewArticle
            {
                FeedName = "feed-1",
                Title = $"Séisme au Japon {key}",
                Text = "Un séisme de magnitude 7,1 a frappé le sud du Japon, selon l'agence météorologique.",
                ContentHash = $"hash-{key}",
                FetchedAt = DateTimeOffset.UtcNow,
            },
            None);
        return new AnalyzedArticle(article!, node.GetRequiredService<ArticleAnalyzer>().Analyze(article!.Title, article.Text));
    }

    [PostgresFact]
    public async Task SubscriptionAddedOrRemovedOnOneNode_IsMatchedOrNotByAnotherNodesNextPlanning()
    {
        await using var cluster = await TestCluster.CreateAsync(feeds: 1);
        var a = (await cluster.StartNodeAsync("node-a")).Services;
        var b = (await cluster.StartNodeAsync("node-b")).Services;

        // A's index is built before the subscription exists.
        Assert.Equal(0, await a.GetRequiredService<AlertPlanner>().PlanAsync([await StoreArticleAsync(a, "1")], None));

        var subscription = await b.GetRequiredService<ISubscriptionStore>().AddAsync(
            new NewSubscription { Channel = Channel, Query = "Japon", CreatedAt = DateTimeOffset.UtcNow }, None);
        Assert.Equal(1, await a.GetRequiredService<AlertPlanner>().PlanAsync([await StoreArticleAsync(a, "2")], None));

        Assert.True(await b.GetRequiredService<ISubscriptionStore>().RemoveAsync(Channel, subscription.Id, None));
        Assert.Equal(0, await a.GetRequiredService<AlertPlanner>().PlanAsync([await StoreArticleAsync(a, "3")], None));
    }

    [PostgresFact]
    public async Task SubscriptionChangedOnOneNode_ReachesAnotherNodesIndexWithinSeconds_WithoutAnyPlanning()
    {
        await using var cluster = await TestCluster.CreateAsync(feeds: 1);
        var a = (await cluster.StartNodeAsync("node-a")).Services;
        var b = (await cluster.StartNodeAsync("node-b")).Services;
        var indexOfA = a.GetRequiredService<TopicIndex>();

        var subscription = await b.GetRequiredService<ISubscriptionStore>().AddAsync(
            new NewSubscription { Channel = Channel, Query = "Japon", CreatedAt = DateTimeOffset.UtcNow }, None);
        Assert.True(await EventuallyAsync(() => indexOfA.Count == 1), "node A's index never saw node B's subscription");

        await b.GetRequiredService<ISubscriptionStore>().SetPausedAsync(Channel, paused: true, None);
        Assert.True(await EventuallyAsync(() => indexOfA.Count == 0), "node A's index kept a subscription node B paused");
        Assert.Equal(subscription.Id, Assert.Single(await a.GetRequiredService<ISubscriptionStore>().ListByChannelAsync(Channel, None)).Id);
    }

    private static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        // Topics:FollowSeconds is 1 on the test nodes; ten seconds leaves room for a loaded machine.
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(10); waited += TimeSpan.FromMilliseconds(100))
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return condition();
    }

    [PostgresFact]
    public async Task ExclusiveLease_HeldByANodeThatDies_IsTakenOverByAnother()
    {
        await using var cluster = await TestCluster.CreateAsync(feeds: 1);
        var a = await cluster.StartNodeAsync("node-a");
        var b = await cluster.StartNodeAsync("node-b");
        var held = await a.Services.GetRequiredService<IExclusiveLeases>().TryAcquireAsync("telegram:poller", None);
        Assert.NotNull(held);
        Assert.Null(await b.Services.GetRequiredService<IExclusiveLeases>().TryAcquireAsync("telegram:poller", None));

        await cluster.KillAsync(a, "node-a");

        // A's session is gone with it: the lock is free at once, and A's holder is told it lost it.
        await using var taken = await b.Services.GetRequiredService<IExclusiveLeases>().TryAcquireAsync("telegram:poller", None);
        Assert.NotNull(taken);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.True(held.Lost.IsCancellationRequested);
    }
}
