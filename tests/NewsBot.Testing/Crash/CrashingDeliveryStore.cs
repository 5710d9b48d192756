using NewsBot.Core.Delivery;
using OutboxRow = NewsBot.Core.Delivery.Delivery;

namespace NewsBot.Testing.Crash;

/// <summary>An <see cref="IDeliveryStore"/> whose writes (a claim's lease included) are steps of <see cref="CrashPoint"/>.</summary>
public sealed class CrashingDeliveryStore(IDeliveryStore inner, CrashPoint crash) : IDeliveryStore
{
    public Task<int> EnqueueAsync(IReadOnlyCollection<NewDelivery> deliveries, CancellationToken cancellationToken) =>
        crash.StepAsync("enqueue", () => inner.EnqueueAsync(deliveries, cancellationToken));

    public Task<IReadOnlyList<OutboxRow>> ClaimDueAsync(string? platform, int limit, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        crash.StepAsync("claim", () => inner.ClaimDueAsync(platform, limit, now, leaseUntil, cancellationToken));

    public Task MarkSentAsync(long deliveryId, string messageId, DateTimeOffset sentAt, CancellationToken cancellationToken) =>
        crash.StepAsync("mark sent", () => inner.MarkSentAsync(deliveryId, messageId, sentAt, cancellationToken));

    public Task MarkFailedAsync(long deliveryId, string reason, DateTimeOffset? nextAttemptAt, CancellationToken cancellationToken) =>
        crash.StepAsync("mark failed", () => inner.MarkFailedAsync(deliveryId, reason, nextAttemptAt, cancellationToken));

    public Task MarkUncertainAsync(long deliveryId, string reason, DateTimeOffset at, DateTimeOffset settleAt, CancellationToken cancellationToken) =>
        crash.StepAsync("mark uncertain", () => inner.MarkUncertainAsync(deliveryId, reason, at, settleAt, cancellationToken));

    public Task MarkSkippedAsync(long deliveryId, string reason, CancellationToken cancellationToken) =>
        crash.StepAsync("mark skipped", () => inner.MarkSkippedAsync(deliveryId, reason, cancellationToken));

    public Task<OutboxRow?> FindAlertAsync(ChannelAddress channel, long storyId, CancellationToken cancellationToken) =>
        inner.FindAlertAsync(channel, storyId, cancellationToken);

    public Task<DateTimeOffset?> LastWrittenAtAsync(ChannelAddress channel, long storyId, string messageId, CancellationToken cancellationToken) =>
        inner.LastWrittenAtAsync(channel, storyId, messageId, cancellationToken);

    public Task<IReadOnlyList<OutboxRow>> ListByChannelAsync(ChannelAddress channel, CancellationToken cancellationToken) =>
        inner.ListByChannelAsync(channel, cancellationToken);

    public Task<int> CountSentSinceAsync(ChannelAddress channel, DateTimeOffset since, CancellationToken cancellationToken) =>
        inner.CountSentSinceAsync(channel, since, cancellationToken);

    public Task<DateTimeOffset?> LastSentAtAsync(ChannelAddress channel, CancellationToken cancellationToken) =>
        inner.LastSentAtAsync(channel, cancellationToken);

    public Task HandBackAsync(OutboxRow claimed, DateTimeOffset at, CancellationToken cancellationToken) =>
        crash.StepAsync("hand back", () => inner.HandBackAsync(claimed, at, cancellationToken));

    public Task<bool> ExtendLeaseAsync(long deliveryId, DateTimeOffset lease, DateTimeOffset until, CancellationToken cancellationToken) =>
        crash.StepAsync("extend lease", () => inner.ExtendLeaseAsync(deliveryId, lease, until, cancellationToken));

    public Task DeferAsync(long deliveryId, DateTimeOffset until, CancellationToken cancellationToken) =>
        crash.StepAsync("defer", () => inner.DeferAsync(deliveryId, until, cancellationToken));

    public Task<bool> DeferClaimedAsync(OutboxRow claimed, DateTimeOffset until, CancellationToken cancellationToken) =>
        crash.StepAsync("defer", () => inner.DeferClaimedAsync(claimed, until, cancellationToken));

    public Task<bool> FailClaimedAsync(OutboxRow claimed, string reason, DateTimeOffset? nextAttemptAt, CancellationToken cancellationToken) =>
        crash.StepAsync("mark failed", () => inner.FailClaimedAsync(claimed, reason, nextAttemptAt, cancellationToken));

    public Task<bool> MergeClaimedAsync(OutboxRow claimed, string alertMessageId, DateTimeOffset at, CancellationToken cancellationToken) =>
        crash.StepAsync("mark sent", () => inner.MergeClaimedAsync(claimed, alertMessageId, at, cancellationToken));

    public Task<int> MoveChatAsync(string platform, string fromChannelId, string toChannelId, CancellationToken cancellationToken) =>
        crash.StepAsync("move chat", () => inner.MoveChatAsync(platform, fromChannelId, toChannelId, cancellationToken));
}
