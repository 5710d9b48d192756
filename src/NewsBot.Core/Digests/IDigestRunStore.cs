namespace NewsBot.Core.Digests;

/// <summary>
/// Remembers which digests went out, one per subscription and window, so a digest that fires twice
/// (a restart, two nodes) is posted once.
/// </summary>
public interface IDigestRunStore
{
    /// <summary>
    /// Claims the run of a window. False when that window's digest was already sent; a run claimed
    /// before but never marked sent (a crash) is claimed again.
    /// </summary>
    Task<bool> TryClaimAsync(long subscriptionId, DateTimeOffset windowEnd, CancellationToken cancellationToken);

    Task MarkSentAsync(long subscriptionId, DateTimeOffset windowEnd, string? messageId, DateTimeOffset sentAt, CancellationToken cancellationToken);
}
