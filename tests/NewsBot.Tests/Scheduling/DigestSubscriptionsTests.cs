using NewsBot.ConsoleChannel;
using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;
using NewsBot.Scheduling;
using NewsBot.Testing.Stores;

namespace NewsBot.Tests.Scheduling;

public sealed class DigestSubscriptionsTests
{
    private readonly InMemorySubscriptionStore _inner = new();

    [Fact]
    public async Task ListAsync_StoreUnchangedSinceTheLastCall_DoesNotListEverySubscriptionAgain()
    {
        var store = new CountingSubscriptionStore(_inner);
        var digest = await AddAsync("morning", SubscriptionMode.Digest);
        await AddAsync("live", SubscriptionMode.Instant);
        var digests = new DigestSubscriptions(store);

        var first = await digests.ListAsync(CancellationToken.None);
        var second = await digests.ListAsync(CancellationToken.None);

        Assert.Equal([digest.Id], first.Select(s => s.Id));
        Assert.Equal([digest.Id], second.Select(s => s.Id));
        Assert.Equal(1, store.FullListings);
    }

    [Fact]
    public async Task ListAsync_DigestAddedOrPausedSinceTheLastCall_ReadsTheStoreAgain()
    {
        var store = new CountingSubscriptionStore(_inner);
        var digests = new DigestSubscriptions(store);
        var first = await AddAsync("morning", SubscriptionMode.Digest);
        await digests.ListAsync(CancellationToken.None);

        var second = await AddAsync("evening", SubscriptionMode.Digest);
        var afterAdd = await digests.ListAsync(CancellationToken.None);
        await _inner.SetPausedAsync(first.Channel, paused: true, CancellationToken.None);
        var afterPause = await digests.ListAsync(CancellationToken.None);

        Assert.Equal([first.Id, second.Id], afterAdd.Select(s => s.Id).Order());
        Assert.Equal([second.Id], afterPause.Select(s => s.Id));
        Assert.Equal(3, store.FullListings);
    }

    private Task<Subscription> AddAsync(string channel, SubscriptionMode mode) =>
        _inner.AddAsync(
            new NewSubscription
            {
                Channel = new ChannelAddress(ConsoleChatTransport.PlatformName, channel),
                Query = "Japon",
                Mode = mode,
                DigestAt = mode == SubscriptionMode.Digest ? new TimeOnly(8, 0) : null,
                TimeZone = "Europe/Paris",
                CreatedAt = DateTimeOffset.UnixEpoch,
            },
            CancellationToken.None);
}
