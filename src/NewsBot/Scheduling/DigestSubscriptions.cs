using NewsBot.Core.Subscriptions;

namespace NewsBot.Scheduling;

/// <summary>
/// The active digest subscriptions, read again only when the store's version says a subscription changed.
/// <see cref="DigestTriggerSyncJob"/> runs every minute and needs only the digest ones; listing all 100,000 active
/// subscriptions for them materialized ~45 MB each minute, which lived long enough (the read takes seconds) to
/// reach gen 2 and raised the soak's working set by that much until the next full collection
/// (docs/PERFORMANCE.md, Memory, third pass). Equal versions mean the list would be the same (the store's promise).
/// </summary>
internal sealed class DigestSubscriptions(ISubscriptionStore store)
{
    private Snapshot? _last;

    public async Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken)
    {
        // Read before the list: a change landing in between makes the next call read again, never skip.
        var version = await store.GetVersionAsync(cancellationToken).ConfigureAwait(false);
        if (Volatile.Read(ref _last) is { } last && last.Version == version)
        {
            return last.Digests;
        }

        var digests = await store.ListActiveDigestsAsync(cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _last, new Snapshot(version, digests));
        return digests;
    }

    private sealed record Snapshot(long Version, IReadOnlyList<Subscription> Digests);
}
