namespace NewsBot.Core.Delivery;

/// <summary>
/// The outbox's history: the rows kept after their delivery settled, which only the channel's limits, the
/// alert an update edits and the operator's dead letters read. The store's side of <see cref="DeliveryOptions.KeepSettledDays"/>.
/// </summary>
public interface IDeliveryHistory
{
    /// <summary>
    /// Deletes up to <paramref name="limit"/> settled deliveries (sent, dead or skipped) queued before
    /// <paramref name="before"/> whose story has had no article since then either; returns how many
    /// went. A row still due or uncertain stays, and so does every row of a story still being told: its alert is
    /// what a later article's update edits or answers, and without it that article would be posted as a new alert.
    /// </summary>
    Task<int> DeleteSettledAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken);
}
