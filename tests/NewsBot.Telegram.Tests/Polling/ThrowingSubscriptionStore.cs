using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;

namespace NewsBot.Telegram.Tests.Polling;

/// <summary>A store that fails every pause or resume of one chat, as a bug or a corrupt row would.</summary>
internal sealed class ThrowingSubscriptionStore(ISubscriptionStore inner, string failingChannelId) : ISubscriptionStore
{
    private int _failures;

    public int Failures => Volatile.Read(ref _failures);

    public Task<int> SetChatPausedAsync(string platform, string channelId, bool paused, CancellationToken cancellationToken)
    {
        if (channelId == failingChannelId)
        {
            Interlocked.Increment(ref _failures);
            throw new InvalidOperationException("A row of this chat cannot be read.");
        }

        return inner.SetChatPausedAsync(platform, channelId, paused, cancellationToken);
    }

    public Task<IReadOnlyList<Subscription>> ListByChannelAsync(ChannelAddress channel, CancellationToken cancellationToken) =>
        inner.ListByChannelAsync(channel, cancellationToken);

    public Task<Subscription> AddAsync(NewSubscription subscription, CancellationToken cancellationToken) => inner.AddAsync(subscription, cancellationToken);

    public Task<bool> RemoveAsync(ChannelAddress channel, long id, CancellationToken cancellationToken) => inner.RemoveAsync(channel, id, cancellationToken);

    public Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken) => inner.ListActiveAsync(cancellationToken);

    public Task<int> SetPausedAsync(ChannelAddress channel, bool paused, CancellationToken cancellationToken) => inner.SetPausedAsync(channel, paused, cancellationToken);

    public Task<int> MoveChatAsync(string platform, string fromChannelId, string toChannelId, CancellationToken cancellationToken) =>
        inner.MoveChatAsync(platform, fromChannelId, toChannelId, cancellationToken);

    public Task<long> GetVersionAsync(CancellationToken cancellationToken) => inner.GetVersionAsync(cancellationToken);
}
