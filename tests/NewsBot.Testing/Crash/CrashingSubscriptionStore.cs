using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;

namespace NewsBot.Testing.Crash;

/// <summary>An <see cref="ISubscriptionStore"/> whose writes are steps of <see cref="CrashPoint"/>.</summary>
public sealed class CrashingSubscriptionStore(ISubscriptionStore inner, CrashPoint crash) : ISubscriptionStore
{
    public Task<Subscription> AddAsync(NewSubscription subscription, CancellationToken cancellationToken) =>
        crash.StepAsync("subscribe", () => inner.AddAsync(subscription, cancellationToken));

    public Task<bool> RemoveAsync(ChannelAddress channel, long id, CancellationToken cancellationToken) =>
        crash.StepAsync("unsubscribe", () => inner.RemoveAsync(channel, id, cancellationToken));

    public Task<IReadOnlyList<Subscription>> ListByChannelAsync(ChannelAddress channel, CancellationToken cancellationToken) =>
        inner.ListByChannelAsync(channel, cancellationToken);

    public Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken) => inner.ListActiveAsync(cancellationToken);

    public Task<IReadOnlyList<Subscription>> ListActiveByIdsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        inner.ListActiveByIdsAsync(ids, cancellationToken);

    public Task<int> SetPausedAsync(ChannelAddress channel, bool paused, CancellationToken cancellationToken) =>
        crash.StepAsync("pause", () => inner.SetPausedAsync(channel, paused, cancellationToken));

    public Task<int> SetChatPausedAsync(string platform, string channelId, bool paused, CancellationToken cancellationToken) =>
        crash.StepAsync("pause chat", () => inner.SetChatPausedAsync(platform, channelId, paused, cancellationToken));

    public Task<int> MoveChatAsync(string platform, string fromChannelId, string toChannelId, CancellationToken cancellationToken) =>
        crash.StepAsync("move chat", () => inner.MoveChatAsync(platform, fromChannelId, toChannelId, cancellationToken));

    public Task<long> GetVersionAsync(CancellationToken cancellationToken) => inner.GetVersionAsync(cancellationToken);
}
