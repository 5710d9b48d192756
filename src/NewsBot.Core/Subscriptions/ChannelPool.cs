using System.Runtime.InteropServices;
using NewsBot.Core.Delivery;

namespace NewsBot.Core.Subscriptions;

/// <summary>
/// One <see cref="ChannelAddress"/> per channel for the subscriptions an index holds: a store reads each
/// subscription's channel as new strings, so 100,000 subscriptions in 5,000 channels held 100,000 copies.
/// Counted, so a channel whose last subscription leaves is dropped and the pool is as large as the
/// channels subscribed now, not every channel ever seen.
/// </summary>
internal sealed class ChannelPool
{
    private readonly Dictionary<ChannelAddress, Holding> _channels = [];

    /// <summary>Channels held.</summary>
    public int Count => _channels.Count;

    /// <summary>The subscription with the pool's copy of its channel (itself if it has it already); counts it as a holder.</summary>
    public Subscription Acquire(Subscription subscription)
    {
        ref var holding = ref CollectionsMarshal.GetValueRefOrAddDefault(_channels, subscription.Channel, out var exists);
        if (!exists)
        {
            holding.Channel = subscription.Channel;
        }

        holding.Holders++;
        return ReferenceEquals(holding.Channel, subscription.Channel) ? subscription : subscription with { Channel = holding.Channel };
    }

    /// <summary>Counts one holder of <paramref name="channel"/> less, dropping it with its last.</summary>
    public void Release(ChannelAddress channel)
    {
        ref var holding = ref CollectionsMarshal.GetValueRefOrNullRef(_channels, channel);
        if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref holding) && --holding.Holders == 0)
        {
            _channels.Remove(channel);
        }
    }

    private struct Holding
    {
        public ChannelAddress Channel;
        public int Holders;
    }
}
