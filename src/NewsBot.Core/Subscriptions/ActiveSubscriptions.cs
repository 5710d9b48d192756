using Microsoft.Extensions.Logging;

namespace NewsBot.Core.Subscriptions;

/// <summary>
/// Keeps the topic index in step with the store, which every node and every chat command writes to.
/// The store's version says in one read whether anything changed; only then are the active
/// subscriptions read again and the differences applied to the index. With 100,000 subscriptions that
/// saves reading them all before every planning run, and lets each node follow the others within
/// seconds by refreshing on a timer.
/// A refresh that changes many subscriptions at once (the first load, a bulk import) is followed by one compacting
/// collection (<see cref="IHeapCompactor"/>): the garbage of reading and compiling them all would otherwise stay
/// resident as free space around the index.
/// </summary>
public sealed class ActiveSubscriptions(
    ISubscriptionStore store, ITopicMatcher matcher, ILogger<ActiveSubscriptions> logger, IHeapCompactor? compactor = null) : IDisposable
{
    /// <summary>Fewer changes than this allocate too little to be worth a full collection.</summary>
    public const int BulkChangeMinimum = 1_000;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IHeapCompactor _compactor = compactor ?? new GcHeapCompactor();
    private long? _version;

    /// <summary>Brings the index up to date with the store if the store changed since the last refresh.</summary>
    /// <returns>True when the index was synchronized, false when it was already current.</returns>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Read before the list: a change landing in between makes the next refresh read again, never skip.
            var version = await store.GetVersionAsync(cancellationToken).ConfigureAwait(false);
            if (version == _version)
            {
                return false;
            }

            var active = await store.ListActiveAsync(cancellationToken).ConfigureAwait(false);
            var changes = matcher.Synchronize(active);
            _version = version;
            if (changes.Added + changes.Updated + changes.Removed > 0)
            {
                Log.SubscriptionsFollowed(logger, changes.Added, changes.Updated, changes.Removed, version);
            }

            if (IsBulk(changes, active.Count))
            {
                // The store's list and the compilations' garbage are unreachable once Synchronize has returned.
                active = [];
                _compactor.Compact();
            }

            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>At least <see cref="BulkChangeMinimum"/> subscriptions changed, and at least a quarter of those now active.</summary>
    private static bool IsBulk(SubscriptionChanges changes, int active)
    {
        var changed = changes.Added + changes.Updated + changes.Removed;
        return changed >= BulkChangeMinimum && changed >= active / 4;
    }

    public void Dispose() => _gate.Dispose();
}
