namespace NewsBot.Core.Delivery;

/// <summary>
/// The outbox's dead letters, for an operator: deliveries given up with their reason, listed, and queued
/// again once what made them fail is fixed (<c>newsbot failed --retry</c>).
/// </summary>
public interface IDeadDeliveryStore
{
    /// <summary>Dead deliveries, oldest first.</summary>
    Task<IReadOnlyList<Delivery>> ListDeadAsync(int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Makes these dead deliveries (all of them when <paramref name="deliveryIds"/> is <see langword="null"/>)
    /// due at <paramref name="now"/> with a fresh count of attempts; the last error stays until the next one.
    /// Returns how many were queued again.
    /// </summary>
    Task<int> RequeueDeadAsync(IReadOnlyCollection<long>? deliveryIds, DateTimeOffset now, CancellationToken cancellationToken);
}
