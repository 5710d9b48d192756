using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;

namespace NewsBot.Telegram.Tests.Polling;

/// <summary>
/// A store whose channel listing blocks its caller's thread until released, as a synchronous database call on
/// a large database does (Microsoft.Data.Sqlite's async methods run synchronously).
/// </summary>
internal sealed class BlockingSubscriptionStore(ISubscriptionStore inner) : ISubscriptionStore, IDisposable
{
    private readonly ManualResetEventSlim _released = new();

    public void Release() => _released.Set();

    public void Dispose()
    {
        _released.Set();
        _released.Dispose();
    }

    public Task<IReadOnlyList<Subscription>> ListByChannelAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        _released.Wait(TimeSpan.FromSeconds(30), cancellationToken);
        return inner.ListByChannelAsync(channel, cancellationToken);
    }

    public Task<int> SetChatPausedAsync(string platform, string channelId, bool paused, CancellationToken cancellationToken) =>
        inner.SetChatPausedAsync(platform, channelId, paused, cancellationToken);

    public Task<Subscription> AddAsync(NewSubscription subscription, CancellationToken cancellationToken) => inner.AddAsync(subscription, cancellationToken);

    public Task<bool> RemoveAsync(ChannelAddress channel, long id, CancellationToken cancellationToken) => inner.RemoveAsync(channel, id, cancellationToken);

    public Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken) => inner.ListActiveAsync(cancellationToken);

    public Task<int> SetPausedAsync(ChannelAddress channel, bool paused, CancellationToken cancellationToken) => inner.SetPausedAsync(channel, paused, cancellationToken);

    public Task<int> MoveChatAsync(string platform, string fromChannelId, string toChannelId, CancellationToken cancellationToken) =>
        inner.MoveChatAsync(platform, fromChannelId, toChannelId, cancellationToken);

    public Task<long> GetVersionAsync(CancellationToken cancellationToken) => inner.GetVersionAsync(cancellationToken);
}
