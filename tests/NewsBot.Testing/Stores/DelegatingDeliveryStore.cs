using NewsBot.Core.Delivery;

namespace NewsBot.Testing.Stores;

/// <summary>
/// An <see cref="IDeliveryStore"/> that hands every call to <paramref name="inner"/>: a test overrides the few calls it
/// needs to slow down, fail or watch, and the rest behave as the real store does.
/// </summary>
public abstract class DelegatingDeliveryStore(IDeliveryStore inner) : IDeliveryStore
{
    protected IDeliveryStore Inner { get; } = inner;

    public virtual Task<int> EnqueueAsync(IReadOnlyCollection<NewDelivery> deliveries, CancellationToken cancellationToken) =>
        Inner.EnqueueAsync(deliveries, cancellationToken);

    public virtual Task<IReadOnlyList<Delivery>> ClaimDueAsync(string? platform, int limit, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        Inner.ClaimDueAsync(platform, limit, now, leaseUntil, cancellationToken);

    public virtual Task MarkSentAsync(long deliveryId, string messageId, DateTimeOffset sentAt, CancellationToken cancellationToken) =>
        Inner.MarkSentAsync(deliveryId, messageId, sentAt, cancellationToken);

    public virtual Task MarkFailedAsync(long deliveryId, string reason, DateTimeOffset? nextAttemptAt, CancellationToken cancellationToken) =>
        Inner.MarkFailedAsync(deliveryId, reason, nextAttemptAt, cancellationToken);

    public virtual Task MarkUncertainAsync(long deliveryId, string reason, DateTimeOffset at, DateTimeOffset settleAt, CancellationToken cancellationToken) =>
        Inner.MarkUncertainAsync(deliveryId, reason, at, settleAt, cancellationToken);

    public virtual Task MarkSkippedAsync(long deliveryId, string reason, CancellationToken cancellationToken) =>
        Inner.MarkSkippedAsync(deliveryId, reason, cancellationToken);

    public virtual Task<Delivery?> FindAlertAsync(ChannelAddress channel, long storyId, CancellationToken cancellationToken) =>
        Inner.FindAlertAsync(channel, storyId, cancellationToken);

    public virtual Task<DateTimeOffset?> LastWrittenAtAsync(ChannelAddress channel, long storyId, string messageId, CancellationToken cancellationToken) =>
        Inner.LastWrittenAtAsync(channel, storyId, messageId, cancellationToken);

    public virtual Task<IReadOnlyList<Delivery>> ListByChannelAsync(ChannelAddress channel, CancellationToken cancellationToken) =>
        Inner.ListByChannelAsync(channel, cancellationToken);

    public virtual Task<int> CountSentSinceAsync(ChannelAddress channel, DateTimeOffset since, CancellationToken cancellationToken) =>
        Inner.CountSentSinceAsync(channel, since, cancellationToken);

    public virtual Task<DateTimeOffset?> LastSentAtAsync(ChannelAddress channel, CancellationToken cancellationToken) =>
        Inner.LastSentAtAsync(channel, cancellationToken);

    public virtual Task DeferAsync(long deliveryId, DateTimeOffset until, CancellationToken cancellationToken) =>
        Inner.DeferAsync(deliveryId, until, cancellationToken);

    public virtual Task<bool> DeferClaimedAsync(Delivery claimed, DateTimeOffset until, CancellationToken cancellationToken) =>
        Inner.DeferClaimedAsync(claimed, until, cancellationToken);

    public virtual Task<bool> FailClaimedAsync(Delivery claimed, string reason, DateTimeOffset? nextAttemptAt, CancellationToken cancellationToken) =>
        Inner.FailClaimedAsync(claimed, reason, nextAttemptAt, cancellationToken);

    public virtual Task<bool> MergeClaimedAsync(Delivery claimed, string alertMessageId, DateTimeOffset at, CancellationToken cancellationToken) =>
        Inner.MergeClaimedAsync(claimed, alertMessageId, at, cancellationToken);

    public virtual Task HandBackAsync(Delivery claimed, DateTimeOffset at, CancellationToken cancellationToken) =>
        Inner.HandBackAsync(claimed, at, cancellationToken);

    public virtual Task<bool> ExtendLeaseAsync(long deliveryId, DateTimeOffset lease, DateTimeOffset until, CancellationToken cancellationToken) =>
        Inner.ExtendLeaseAsync(deliveryId, lease, until, cancellationToken);

    public virtual Task<int> MoveChatAsync(string platform, string fromChannelId, string toChannelId, CancellationToken cancellationToken) =>
        Inner.MoveChatAsync(platform, fromChannelId, toChannelId, cancellationToken);
}
