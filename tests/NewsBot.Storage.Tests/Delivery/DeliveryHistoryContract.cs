using NewsBot.Core.Delivery;

namespace NewsBot.Storage.Tests.Delivery;

public abstract class DeliveryHistoryContract : StoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Old = Samples.Now;
    private static readonly DateTimeOffset Before = Old.AddDays(14);
    private static readonly DateTimeOffset Recent = Old.AddDays(20);

    private IDeliveryHistory History => Stores.DeliveryHistory!;

    private async Task<long> StoryAsync(DateTimeOffset lastArticleAt)
    {
        var story = await Stores.Stories.CreateAsync(Old, None);
        var article = (await Stores.Articles.TryAddAsync(Samples.Article($"story-{story}-last"), None))!.Id;
        await Stores.Stories.AssignAsync(article, story, lastArticleAt, None);
        return story;
    }

    private async Task<long> DeliveryAsync(string key, long? story, DateTimeOffset createdAt)
    {
        var article = (await Stores.Articles.TryAddAsync(Samples.Article(key), None))!.Id;
        await Stores.Deliveries.EnqueueAsync(
            [new NewDelivery { Channel = Samples.Channel, ArticleId = article, StoryId = story, Kind = DeliveryKind.Update, SubscriptionId = 1, CreatedAt = createdAt }],
            None);
        return Assert.Single(await Stores.Deliveries.ListByChannelAsync(Samples.Channel, None), d => d.ArticleId == article).Id;
    }

    private async Task<IReadOnlyList<long>> LeftAsync() =>
        (await Stores.Deliveries.ListByChannelAsync(Samples.Channel, None)).Select(d => d.Id).ToList();

    [ContractFact]
    public async Task DeleteSettled_OldRowsOfQuietStories_GoAndEveryOtherRowStays()
    {
        var quiet = await StoryAsync(lastArticleAt: Old);
        var told = await StoryAsync(lastArticleAt: Recent);
        var sent = await DeliveryAsync("sent", quiet, Old);
        var dead = await DeliveryAsync("dead", quiet, Old);
        var skipped = await DeliveryAsync("skipped", quiet, Old);
        var noStory = await DeliveryAsync("no-story", null, Old);
        var due = await DeliveryAsync("due", quiet, Old);
        var uncertain = await DeliveryAsync("uncertain", quiet, Old);
        var ofToldStory = await DeliveryAsync("told", told, Old);
        var recent = await DeliveryAsync("recent", quiet, Recent);
        foreach (var id in new[] { sent, noStory, ofToldStory, recent })
        {
            await Stores.Deliveries.MarkSentAsync(id, $"m{id}", Old, None);
        }

        await Stores.Deliveries.MarkFailedAsync(dead, "gave up", null, None);
        await Stores.Deliveries.MarkSkippedAsync(skipped, "outcome unknown", None);
        await Stores.Deliveries.MarkUncertainAsync(uncertain, "lost answer", Old, Old.AddMinutes(2), None);

        var deleted = await History.DeleteSettledAsync(Before, 100, None);

        Assert.Equal(4, deleted);
        Assert.Equal(new[] { due, uncertain, ofToldStory, recent }.Order(), (await LeftAsync()).Order());
    }

    [ContractFact]
    public async Task DeleteSettled_MoreRowsThanTheLimit_DeletesAtMostTheLimitAtEachCall()
    {
        var quiet = await StoryAsync(lastArticleAt: Old);
        for (var i = 0; i < 5; i++)
        {
            await Stores.Deliveries.MarkSentAsync(await DeliveryAsync($"a{i}", quiet, Old), $"m{i}", Old, None);
        }

        var batches = new List<int>();
        for (var call = 0; call < 4; call++)
        {
            batches.Add(await History.DeleteSettledAsync(Before, 2, None));
        }

        Assert.Equal([2, 2, 1, 0], batches);
        Assert.Empty(await LeftAsync());
    }

    [ContractFact]
    public async Task DeleteSettled_AStoryToldOnTheCutoffItself_KeepsItsRows()
    {
        var story = await StoryAsync(lastArticleAt: Before);
        var sent = await DeliveryAsync("a", story, Old);
        await Stores.Deliveries.MarkSentAsync(sent, "m", Old, None);

        Assert.Equal(0, await History.DeleteSettledAsync(Before, 10, None));
        Assert.Equal([sent], await LeftAsync());
    }
}
