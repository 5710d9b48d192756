using System.Collections.Concurrent;
using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;

namespace NewsBot.Testing.Stores;

/// <summary>The in-memory store, counting the full listings and the look-ups by id.</summary>
public sealed class CountingSubscriptionStore(InMemorySubscriptionStore inner) : ISubscriptionStore
{
    private int _fullListings;

    public int FullListings => Volatile.Read(ref _fullListings);

    /// <summary>How many ids each look-up by id asked for.</summary>
    public ConcurrentQueue<int> LookupSizes { get; } = new();

    public Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _fullListings);
        return inner.ListActiveAsync(cancellationToken);
    }

    public Task<IReadOnlyList<Subscription>> ListActiveByIdsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        LookupSizes.Enqueue(ids.Count);
        return inner.ListActiveByIdsAsync(ids, cancellationToken);
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
