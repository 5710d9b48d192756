using NewsBot.Core.Delivery;
using NewsBot.Core.Stories;

namespace NewsBot.Storage.Tests.Stories;

public abstract class StoryStoreContract : StoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    [ContractFact]
    public async Task Assign_ListsTheStorysArticlesInJoinOrder()
    {
        var a = await Stores.Articles.TryAddAsync(Samples.Article("a"), None);
        var b = await Stores.Articles.TryAddAsync(Samples.Article("b"), None);
        var c = await Stores.Articles.TryAddAsync(Samples.Article("c"), None);
        var story = await Stores.Stories.CreateAsync(Samples.Now, None);
        var other = await Stores.Stories.CreateAsync(Samples.Now, None);

        await Stores.Stories.AssignAsync(b!.Id, story, Samples.Now, None);
        await Stores.Stories.AssignAsync(a!.Id, story, Samples.Now.AddMinutes(1), None);
        await Stores.Stories.AssignAsync(c!.Id, other, Samples.Now, None);

        Assert.NotEqual(story, other);
        Assert.Equal([b.Id, a.Id], await Stores.Stories.ListArticleIdsAsync(story, None));
        Assert.Equal(
            [new StoryAssignment(a.Id, story), new StoryAssignment(b.Id, story), new StoryAssignment(c.Id, other)],
            (await Stores.Stories.ListAssignmentsSinceAsync(Samples.Now.AddDays(-1), None)).OrderBy(x => x.ArticleId));
        Assert.Empty(await Stores.Stories.ListAssignmentsSinceAsync(Samples.Now.AddDays(1), None));
    }

    [ContractFact]
    public async Task Enqueue_SecondAlertForTheSameChannelAndStory_IsRefusedButUpdatesAreKept()
    {
        var a = await Stores.Articles.TryAddAsync(Samples.Article("a"), None);
        var b = await Stores.Articles.TryAddAsync(Samples.Article("b"), None);
        var story = await Stores.Stories.CreateAsync(Samples.Now, None);
        NewDelivery For(long articleId, DeliveryKind kind) => new()
        {
            Channel = Samples.Channel, ArticleId = articleId, StoryId = story, Kind = kind, SubscriptionId = 1, CreatedAt = Samples.Now,
        };

        var alerts = await Stores.Deliveries.EnqueueAsync([For(a!.Id, DeliveryKind.Alert)], None);
        var secondAlert = await Stores.Deliveries.EnqueueAsync([For(b!.Id, DeliveryKind.Alert)], None);
        var update = await Stores.Deliveries.EnqueueAsync([For(b.Id, DeliveryKind.Update)], None);

        Assert.Equal((1, 0, 1), (alerts, secondAlert, update));
        var alert = await Stores.Deliveries.FindAlertAsync(Samples.Channel, story, None);
        Assert.Equal(a.Id, alert?.ArticleId);
        Assert.Equal(DeliveryKind.Alert, alert?.Kind);
        Assert.Null(await Stores.Deliveries.FindAlertAsync(Samples.OtherChannel, story, None));
    }

    [ContractFact]
    public async Task FindStoryOf_IsTheAssignedStoryOrNull()
    {
        var a = await Stores.Articles.TryAddAsync(Samples.Article("a"), None);
        var b = await Stores.Articles.TryAddAsync(Samples.Article("b"), None);
        var story = await Stores.Stories.CreateAsync(Samples.Now, None);

        await Stores.Stories.AssignAsync(a!.Id, story, Samples.Now, None);

        Assert.Equal(story, await Stores.Stories.FindStoryOfAsync(a.Id, None));
        Assert.Null(await Stores.Stories.FindStoryOfAsync(b!.Id, None));
    }
}
