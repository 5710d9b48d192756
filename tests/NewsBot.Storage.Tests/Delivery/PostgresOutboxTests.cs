using NewsBot.Core.Delivery;

namespace NewsBot.Storage.Tests.Delivery;

/// <summary>The outbox as several nodes use it at once, beyond the contract every backend passes.</summary>
public sealed class PostgresOutboxTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Now = Samples.Now;

    private static async Task<long> SeedAsync(StoreSet stores)
    {
        var article = (await stores.Articles.TryAddAsync(Samples.Article("a"), None))!.Id;
        await stores.Deliveries.EnqueueAsync([new NewDelivery { Channel = Samples.Channel, ArticleId = article, SubscriptionId = 1, CreatedAt = Now }], None);
        return article;
    }

    [PostgresFact]
    public async Task LateFailure_AfterAnotherNodeSentTheRowOnceTheLeaseRanOut_LeavesItSent()
    {
        await using var stores = await PostgresStores.CreateStoreSetAsync();
        await SeedAsync(stores);
        var nodeA = stores;
        var nodeB = stores.OpenAnother();
        var claimedByA = Assert.Single(await nodeA.Deliveries.ClaimDueAsync(10, Now, Now.AddMinutes(1), None));

        // A hangs past its lease; B claims the row again and sends it.
        var later = Now.AddMinutes(2);
        var claimedByB = Assert.Single(await nodeB.Deliveries.ClaimDueAsync(10, later, later.AddMinutes(1), None));
        await nodeB.Deliveries.MarkSentAsync(claimedByB.Id, "m-b", later, None);
        await nodeA.Deliveries.MarkFailedAsync(claimedByA.Id, "timeout", later.AddMinutes(1), None);
        await nodeA.Deliveries.DeferAsync(claimedByA.Id, later.AddMinutes(1), None);

        var row = Assert.Single(await nodeA.Deliveries.ListByChannelAsync(Samples.Channel, None));
        Assert.Equal((DeliveryStatus.Sent, "m-b"), (row.Status, row.MessageId));
        Assert.Empty(await nodeA.Deliveries.ClaimDueAsync(10, later.AddHours(1), later.AddHours(2), None));
    }

    [PostgresFact]
    public async Task Claim_ThreeNodesDrainingThousandsAtOnce_EachRowExactlyOnce()
    {
        const int count = 3000;
        await using var stores = await PostgresStores.CreateStoreSetAsync();
        var article = (await stores.Articles.TryAddAsync(Samples.Article("a"), None))!.Id;
        await stores.Deliveries.EnqueueAsync(
            Enumerable.Range(0, count).Select(i => new NewDelivery { Channel = new ChannelAddress("test", $"c{i}"), ArticleId = article, SubscriptionId = i, CreatedAt = Now }).ToList(),
            None);
        var claims = new System.Collections.Concurrent.ConcurrentBag<(int Node, long Id)>();

        async Task DrainAsync(int node, StoreSet set)
        {
            while (await set.Deliveries.ClaimDueAsync(50, Now, Now.AddMinutes(1), None) is { Count: > 0 } batch)
            {
                foreach (var delivery in batch)
                {
                    claims.Add((node, delivery.Id));
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 3).Select(n => Task.Run(() => DrainAsync(n, n == 0 ? stores : stores.OpenAnother()))));

        Assert.Equal(count, claims.Count);
        Assert.Equal(count, claims.Select(c => c.Id).Distinct().Count());
    }
}
