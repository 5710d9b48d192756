using NewsBot.Core.Delivery;

namespace NewsBot.Storage.Tests.Delivery;

public abstract class DeadDeliveryStoreContract : StoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    private IDeadDeliveryStore Dead => Stores.DeadDeliveries!;

    private async Task<long> DeliveryAsync(string key, ChannelAddress? channel = null)
    {
        var article = (await Stores.Articles.TryAddAsync(Samples.Article(key), None))!.Id;
        await Stores.Deliveries.EnqueueAsync([new NewDelivery { Channel = channel ?? Samples.Channel, ArticleId = article, SubscriptionId = 1, CreatedAt = Samples.Now }], None);
        return Assert.Single(await Stores.Deliveries.ListByChannelAsync(channel ?? Samples.Channel, None), d => d.ArticleId == article).Id;
    }

    [ContractFact]
    public async Task ListDead_GivesTheDeadDeliveriesWithTheirReason_OldestFirst()
    {
        var first = await DeliveryAsync("a");
        await DeliveryAsync("b");
        var third = await DeliveryAsync("c");
        await Stores.Deliveries.MarkFailedAsync(third, "gave up after 8 attempts: 502", null, None);
        await Stores.Deliveries.MarkFailedAsync(first, "the subscription was removed", null, None);

        var dead = await Dead.ListDeadAsync(10, None);

        Assert.Equal([(first, "the subscription was removed"), (third, "gave up after 8 attempts: 502")], dead.Select(d => (d.Id, d.LastError!)));
        Assert.All(dead, d => Assert.Equal(DeliveryStatus.Dead, d.Status));
    }

    [ContractFact]
    public async Task RequeueDead_GivenIds_MakesOnlyThoseDueNowWithFreshAttempts()
    {
        var a = await DeliveryAsync("a");
        var b = await DeliveryAsync("b");
        await Stores.Deliveries.MarkFailedAsync(a, "boom", null, None);
        await Stores.Deliveries.MarkFailedAsync(b, "boom", null, None);
        var now = Samples.Now.AddDays(1);

        var requeued = await Dead.RequeueDeadAsync([a, 12345], now, None);

        Assert.Equal(1, requeued);
        var due = Assert.Single(await Stores.Deliveries.ClaimDueAsync(10, now, now.AddMinutes(2), None));
        Assert.Equal((a, 0, DeliveryStatus.Due, "boom"), (due.Id, due.Attempts, due.Status, due.LastError!));
        Assert.Equal([b], (await Dead.ListDeadAsync(10, None)).Select(d => d.Id));
    }

    [ContractFact]
    public async Task RequeueDead_All_LeavesSentAndDueDeliveriesAlone()
    {
        var dead = await DeliveryAsync("a");
        var sent = await DeliveryAsync("b");
        var due = await DeliveryAsync("c");
        await Stores.Deliveries.MarkFailedAsync(dead, "boom", null, None);
        await Stores.Deliveries.MarkSentAsync(sent, "m1", Samples.Now, None);
        await Stores.Deliveries.MarkFailedAsync(due, "try again", Samples.Now.AddHours(1), None);

        var requeued = await Dead.RequeueDeadAsync(null, Samples.Now, None);

        Assert.Equal(1, requeued);
        var rows = (await Stores.Deliveries.ListByChannelAsync(Samples.Channel, None)).ToDictionary(d => d.Id);
        Assert.Equal((DeliveryStatus.Due, 0), (rows[dead].Status, rows[dead].Attempts));
        Assert.Equal((DeliveryStatus.Sent, "m1"), (rows[sent].Status, rows[sent].MessageId!));
        Assert.Equal((DeliveryStatus.Due, 1, Samples.Now.AddHours(1)), (rows[due].Status, rows[due].Attempts, rows[due].NextAttemptAt));
        Assert.Empty(await Dead.ListDeadAsync(10, None));
    }
}
