namespace NewsBot.Core.Delivery;

/// <summary>
/// The outbox. A delivery is unique per (channel, article), and an alert also per (channel, story):
/// enqueueing the same pair twice keeps one row, which is what makes a re-run or a crash between
/// matching and sending post nothing twice.
/// </summary>
public interface IDeliveryStore
{
    /// <summary>Adds the deliveries that are not already there; returns how many were new.</summary>
    Task<int> EnqueueAsync(IReadOnlyCollection<NewDelivery> deliveries, CancellationToken cancellationToken);

    /// <summary>
    /// Takes up to <paramref name="limit"/> due or uncertain deliveries whose next attempt is at or before
    /// <paramref name="now"/>, and leases them until <paramref name="leaseUntil"/> so no other worker takes them.
    /// </summary>
    Task<IReadOnlyList<Delivery>> ClaimDueAsync(int limit, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        ClaimDueAsync(null, limit, now, leaseUntil, cancellationToken);

    /// <summary>
    /// Like <see cref="ClaimDueAsync(int, DateTimeOffset, DateTimeOffset, CancellationToken)"/>, but only deliveries to
    /// <paramref name="platform"/> (any platform when null): each platform is drained at its own pace, so a slower one
    /// does not hold back the claims of a faster one.
    /// </summary>
    Task<IReadOnlyList<Delivery>> ClaimDueAsync(string? platform, int limit, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken);

    Task MarkSentAsync(long deliveryId, string messageId, DateTimeOffset sentAt, CancellationToken cancellationToken);

    /// <summary>Records a failed attempt: retried at <paramref name="nextAttemptAt"/>, or dead when that is null.</summary>
    Task MarkFailedAsync(long deliveryId, string reason, DateTimeOffset? nextAttemptAt, CancellationToken cancellationToken);

    /// <summary>
    /// Records a send whose outcome is unknown, as an attempt: the delivery becomes
    /// <see cref="DeliveryStatus.Uncertain"/> until <paramref name="settleAt"/>, when it is claimed again to be
    /// settled, and keeps <paramref name="at"/> as its first unknown outcome. A row already sent is left sent.
    /// </summary>
    Task MarkUncertainAsync(long deliveryId, string reason, DateTimeOffset at, DateTimeOffset settleAt, CancellationToken cancellationToken);

    /// <summary>
    /// Closes a delivery without sending it again (<see cref="DeliveryStatus.Skipped"/>), with the reason. A row
    /// already sent is left sent.
    /// </summary>
    Task MarkSkippedAsync(long deliveryId, string reason, CancellationToken cancellationToken);

    /// <summary>The channel's alert for the story (sent or not), or null if it has none.</summary>
    Task<Delivery?> FindAlertAsync(ChannelAddress channel, long storyId, CancellationToken cancellationToken);

    /// <summary>
    /// When the channel's message <paramref name="messageId"/> for the story was last written: the latest send
    /// recorded under that message among the story's deliveries to exactly this channel (its alert, an edit of it,
    /// an update merged into it, each recorded at the time of the write that shows it); null when there is none.
    /// </summary>
    Task<DateTimeOffset?> LastWrittenAtAsync(ChannelAddress channel, long storyId, string messageId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Delivery>> ListByChannelAsync(ChannelAddress channel, CancellationToken cancellationToken);

    /// <summary>
    /// How many alerts to exactly this channel (thread included in the address) were sent at or after
    /// <paramref name="since"/>; updates of stories it was told (edits, replies, merged) are not counted.
    /// </summary>
    Task<int> CountSentSinceAsync(ChannelAddress channel, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>When the last alert to exactly this channel was sent (updates not counted); null when none was.</summary>
    Task<DateTimeOffset?> LastSentAtAsync(ChannelAddress channel, CancellationToken cancellationToken);

    /// <summary>
    /// Moves a due delivery's next attempt to <paramref name="until"/> and releases its lease, without counting
    /// an attempt: it was held back by a channel's limits or the platform's pacing, not refused. For a row whose
    /// lease its caller holds; one only claimed is deferred by <see cref="DeferClaimedAsync"/>.
    /// </summary>
    Task DeferAsync(long deliveryId, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>
    /// Like <see cref="DeferAsync"/>, for a row nothing was sent for yet: only while the claim that read
    /// <paramref name="claimed"/> still holds it. False when it no longer does: the lease ran out while the row waited,
    /// and another pass or node may be sending it now; releasing it then would let a third claim post it again.
    /// </summary>
    Task<bool> DeferClaimedAsync(Delivery claimed, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>
    /// Like <see cref="MarkFailedAsync"/>, for a row nothing was sent for yet (its subscription gone, its story's
    /// alert missing, its composing failed): only while the claim that read <paramref name="claimed"/> still holds it;
    /// false when it no longer does (see <see cref="DeferClaimedAsync"/>).
    /// </summary>
    Task<bool> FailClaimedAsync(Delivery claimed, string reason, DateTimeOffset? nextAttemptAt, CancellationToken cancellationToken);

    /// <summary>
    /// Closes an update as sent without sending it, under its story's alert <paramref name="alertMessageId"/>, which
    /// was written at <paramref name="at"/>, after the update's article joined, and so already shows it: only while the claim that read
    /// <paramref name="claimed"/> still holds it; false when it no longer does (see <see cref="DeferClaimedAsync"/>).
    /// </summary>
    Task<bool> MergeClaimedAsync(Delivery claimed, string alertMessageId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Releases a claimed row that waited too long for its turn, due again at <paramref name="at"/>: only while the
    /// claim that read <paramref name="claimed"/> still holds it. Once that lease ended, the row may have been claimed
    /// again (and sent) by another pass or node: releasing it then would let a third claim post it a second time.
    /// </summary>
    Task HandBackAsync(Delivery claimed, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Moves the lease of a row whose send is under way from <paramref name="lease"/> to <paramref name="until"/>,
    /// while the claim that holds it until <paramref name="lease"/> still does; false when it no longer does (the lease
    /// ran out and the row was claimed again, or it was settled).
    /// </summary>
    Task<bool> ExtendLeaseAsync(long deliveryId, DateTimeOffset lease, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>
    /// A chat got a new id: its deliveries not yet sent (due or uncertain) move to <paramref name="toChannelId"/> (threads kept),
    /// so they are posted there. One the new id already has is dropped as dead. Returns how many moved.
    /// </summary>
    Task<int> MoveChatAsync(string platform, string fromChannelId, string toChannelId, CancellationToken cancellationToken);
}
