using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;

namespace NewsBot.Testing.Stores;

/// <summary><see cref="ISubscriptionStore"/> in memory: one subscription per channel and exact query text.</summary>
public sealed class InMemorySubscriptionStore : ISubscriptionStore
{
    private readonly Lock _gate = new();
    private readonly List<Subscription> _subscriptions = [];
    private long _lastId;
    private long _version;

    public Task<Subscription> AddAsync(NewSubscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var key = ChannelKey.Of(subscription.Channel);
        lock (_gate)
        {
            var existing = _subscriptions.FirstOrDefault(s => ChannelKey.Of(s.Channel) == key && s.Query == subscription.Query);
            if (existing is not null)
            {
                return Task.FromResult(existing);
            }

            var added = new Subscription
            {
                Id = ++_lastId,
                Channel = key.ToAddress(),
                Query = subscription.Query,
                CreatedBy = subscription.CreatedBy,
                CreatedAt = subscription.CreatedAt,
                Mode = subscription.Mode,
                DigestAt = subscription.DigestAt,
                TimeZone = subscription.TimeZone,
                Languages = subscription.Languages,
            };
            _subscriptions.Add(added);
            _version++;
            return Task.FromResult(added);
        }
    }

    public Task<bool> RemoveAsync(ChannelAddress channel, long id, CancellationToken cancellationToken)
    {
        var key = ChannelKey.Of(channel);
        lock (_gate)
        {
            var removed = _subscriptions.RemoveAll(s => s.Id == id && ChannelKey.Of(s.Channel) == key) > 0;
            _version += removed ? 1 : 0;
            return Task.FromResult(removed);
        }
    }

    public Task<IReadOnlyList<Subscription>> ListByChannelAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        var key = ChannelKey.Of(channel);
        lock (_gate)
        {
            IReadOnlyList<Subscription> list = _subscriptions.Where(s => ChannelKey.Of(s.Channel) == key).ToList();
            return Task.FromResult(list);
        }
    }

    public Task<IReadOnlyList<Subscription>> ListActiveByIdsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        lock (_gate)
        {
            IReadOnlyList<Subscription> list = _subscriptions.Where(s => !s.Paused && ids.Contains(s.Id)).ToList();
            return Task.FromResult(list);
        }
    }

    public Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<Subscription> list = _subscriptions.Where(s => !s.Paused).ToList();
            return Task.FromResult(list);
        }
    }

    public Task<int> SetPausedAsync(ChannelAddress channel, bool paused, CancellationToken cancellationToken)
    {
        var key = ChannelKey.Of(channel);
        lock (_gate)
        {
            var changed = 0;
            for (var i = 0; i < _subscriptions.Count; i++)
            {
                if (ChannelKey.Of(_subscriptions[i].Channel) == key && _subscriptions[i].Paused != paused)
                {
                    _subscriptions[i] = _subscriptions[i] with { Paused = paused };
                    _version++;
                    changed++;
                }
            }

            return Task.FromResult(changed);
        }
    }

    public Task<int> SetChatPausedAsync(string platform, string channelId, bool paused, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var changed = 0;
            for (var i = 0; i < _subscriptions.Count; i++)
            {
                var channel = _subscriptions[i].Channel;
                if (channel.Platform == platform && channel.ChannelId == channelId && _subscriptions[i].Paused != paused)
                {
                    _subscriptions[i] = _subscriptions[i] with { Paused = paused };
                    _version++;
                    changed++;
                }
            }

            return Task.FromResult(changed);
        }
    }

    public Task<int> MoveChatAsync(string platform, string fromChannelId, string toChannelId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var moved = 0;
            var leaving = _subscriptions.Where(s => s.Channel.Platform == platform && s.Channel.ChannelId == fromChannelId).ToList();
            foreach (var subscription in leaving)
            {
                _subscriptions.Remove(subscription);
                _version++;
                var target = subscription.Channel with { ChannelId = toChannelId };
                var key = ChannelKey.Of(target);
                if (!_subscriptions.Any(s => ChannelKey.Of(s.Channel) == key && s.Query == subscription.Query))
                {
                    _subscriptions.Add(subscription with { Channel = target });
                    moved++;
                }
            }

            return Task.FromResult(moved);
        }
    }

    public Task<long> GetVersionAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_version);
        }
    }
}
