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
        var store = new ListingCountingStore(_inner);
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
        var store = new ListingCountingStore(_inner);
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

    /// <summary>The in-memory store, counting the full listings.</summary>
    private sealed class ListingCountingStore(InMemorySubscriptionStore inner) : ISubscriptionStore
    {
        private int _fullListings;

        public int FullListings => Volatile.Read(ref _fullListings);

        public Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _fullListings);
            return inner.ListActiveAsync(cancellationToken);
        }

        public Task<Subscription> AddAsync(NewSubscription subscription, CancellationToken cancellationToken) => inner.AddAsync(subscription, cancellationToken);

        public Task<bool> RemoveAsync(ChannelAddress channel, long id, CancellationToken cancellationToken) => inner.RemoveAsync(channel, id, cancellationToken);

        public Task<IReadOnlyList<Subscription>> ListByChannelAsync(ChannelAddress channel, CancellationToken cancellationToken) => inner.ListByChannelAsync(channel, cancellationToken);

        public Task<int> SetPausedAsync(ChannelAddress channel, bool paused, CancellationToken cancellationToken) => inner.SetPausedAsync(channel, paused, cancellationToken);

        public Task<int> SetChatPausedAsync(string platform, string channelId, bool paused, CancellationToken cancellationToken) =>
            inner.SetChatPausedAsync(platform, channelId, paused, cancellationToken);

        public Task<int> MoveChatAsync(string platform, string fromChannelId, string toChannelId, CancellationToken cancellationToken) =>
            inner.MoveChatAsync(platform, fromChannelId, toChannelId, cancellationToken);

        public Task<long> GetVersionAsync(CancellationToken cancellationToken) => inner.GetVersionAsync(cancellationToken);
    }
}
