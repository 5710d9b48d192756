using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Text;

namespace NewsBot.Core.Feeds;

/// <summary>
/// Polls one feed: conditional read, stores what is new, and keeps the feed's state (validators,
/// failures in a row, next check, disabled). A failed read changes only the state; articles stored
/// before stay stored. Items are converted to text only when their GUID is not stored yet, and one
/// poll takes at most <see cref="FeedPollingOptions.MaxNewItemsPerPoll"/> of them (the newest) within
/// <see cref="FeedPollingOptions.PollBudgetSeconds"/>; the rest wait for the next polls.
/// </summary>
public sealed class FeedPoller(
    IFeedReader reader,
    IFeedStateStore states,
    IArticleStore articles,
    IOptions<FeedPollingOptions> options,
    TimeProvider timeProvider,
    ILogger<FeedPoller> logger)
{
    /// <summary>New articles stored in one write: few syncs to disk, and a cancellation loses at most one batch's conversions.</summary>
    private const int StoreBatch = 100;

    /// <param name="feed">The feed to poll.</param>
    /// <param name="force">Poll even while the feed is backing off (the <c>ingest</c> verb); a disabled feed is still skipped.</param>
    /// <param name="cancellationToken">Stops the read; nothing is half-stored.</param>
    public async Task<FeedPollResult> PollAsync(FeedDefinition feed, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var state = await states.GetAsync(feed.Name, cancellationToken).ConfigureAwait(false);
        var now = timeProvider.GetUtcNow();
        if (state.Disabled)
        {
            Log.FeedSkippedDisabled(logger, feed.Name);
            return new FeedPollResult { FeedName = feed.Name, Outcome = FeedPollOutcome.Disabled, Error = state.LastError };
        }

        if (!force && state.ConsecutiveFailures > 0 && state.NextCheckAt is { } next && next > now)
        {
            Log.FeedSkippedBackoff(logger, feed.Name, next);
            return new FeedPollResult { FeedName = feed.Name, Outcome = FeedPollOutcome.BackingOff, Error = state.LastError };
        }

        FeedReadResult read;
        try
        {
            read = await reader.ReadAsync(feed, new ConditionalRequest(state.ETag, state.LastModified), cancellationToken).ConfigureAwait(false);
        }
        catch (FeedReadException ex)
        {
            return await RecordFailureAsync(feed, state, ex.Failure.ToString(), ex.Message, null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A reader bug must not take the scheduler down or stop the other feeds; it counts as a failure.
            return await RecordFailureAsync(feed, state, "Unexpected", ex.Message, ex, cancellationToken).ConfigureAwait(false);
        }

        now = timeProvider.GetUtcNow();
        if (!read.Modified)
        {
            Log.FeedNotModified(logger, feed.Name);
            await states.SaveAsync(Succeeded(state, feed, read, now), cancellationToken).ConfigureAwait(false);
            return new FeedPollResult { FeedName = feed.Name, Outcome = FeedPollOutcome.NotModified };
        }

        var taken = await TakeNewAsync(feed, read.AllItems(), now, cancellationToken).ConfigureAwait(false);

        // While items wait for the next polls the validators are dropped: kept, they would earn a 304 that
        // hides the waiting items until the feed next changes.
        var succeeded = Succeeded(state, feed, read, now);
        await states.SaveAsync(taken.Backlog > 0 ? succeeded with { ETag = null, LastModified = null } : succeeded, cancellationToken).ConfigureAwait(false);
        var seen = taken.Seen;
        Log.FeedPolled(logger, feed.Name, taken.Stored.Count, seen, seen - taken.Stored.Count - taken.Backlog - taken.Failed);
        if (taken.Backlog > 0)
        {
            Log.FeedBacklog(logger, feed.Name, taken.Backlog, taken.Stored.Count);
        }

        return new FeedPollResult
        {
            FeedName = feed.Name,
            Outcome = FeedPollOutcome.Read,
            NewArticles = taken.Stored,
            ItemsSeen = seen,
            Backlog = taken.Backlog,
            ItemsFailed = taken.Failed,
        };
    }

    /// <summary>
    /// Converts and stores the items not stored before, newest first, within the poll's budgets (count and
    /// time). An item whose conversion throws is logged and left out; the others go on.
    /// </summary>
    private async Task<TakenItems> TakeNewAsync(FeedDefinition feed, IReadOnlyList<PendingItem> items, DateTimeOffset fetchedAt, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var ids = items.Select(i => i.ExternalId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var known = ids.Count == 0
            ? new HashSet<string>(StringComparer.Ordinal)
            : await articles.FindKnownExternalIdsAsync(feed.Name, ids, cancellationToken).ConfigureAwait(false);

        var unseen = NewItems(items, known).ToList();
        var newCount = unseen.Count;
        var fresh = Chosen(unseen, settings.MaxNewItemsPerPoll);
        var started = timeProvider.GetTimestamp();
        var budget = TimeSpan.FromSeconds(settings.PollBudgetSeconds);
        var stored = new List<Article>();
        var batch = new List<NewArticle>(StoreBatch);
        var failed = 0;
        var empty = 0;
        var done = 0;
        foreach (var item in fresh)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (stored.Count + batch.Count >= settings.MaxNewItemsPerPoll || (done > 0 && timeProvider.GetElapsedTime(started) >= budget))
            {
                break;
            }

            done++;
            RawItem? raw;
            try
            {
                raw = item.Convert();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failed++;
                Log.ItemConversionFailed(logger, feed.Name, item.ExternalId ?? item.Link?.ToString() ?? "(no id)", ex);
                continue;
            }

            if (raw is null)
            {
                empty++;
                continue;
            }

            batch.Add(ToNewArticle(feed, raw, fetchedAt));
            if (batch.Count == StoreBatch)
            {
                await StoreAsync(batch, stored, cancellationToken).ConfigureAwait(false);
            }
        }

        await StoreAsync(batch, stored, cancellationToken).ConfigureAwait(false);
        return new TakenItems(stored, items.Count - empty, newCount - done, failed);
    }

    private async Task StoreAsync(List<NewArticle> batch, List<Article> stored, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var added = await articles.TryAddManyAsync(batch, cancellationToken).ConfigureAwait(false);
        stored.AddRange(added.OfType<Article>());
        batch.Clear();
    }

    /// <summary>
    /// The newest <paramref name="max"/> items (undated ones last, feed order among equal dates), kept in
    /// feed order: which items a poll takes depends on their dates, the order they are stored and
    /// grouped in stays the feed's, as when all fit.
    /// </summary>
    private static List<PendingItem> Chosen(List<PendingItem> fresh, int max) =>
        fresh.Count <= max
            ? fresh
            : fresh.Select((item, index) => (Item: item, Index: index))
                .OrderByDescending(p => p.Item.Published?.Value ?? DateTimeOffset.MinValue)
                .Take(max)
                .OrderBy(p => p.Index)
                .Select(p => p.Item)
                .ToList();

    /// <summary>Items whose GUID is not stored, each GUID once (a feed may repeat an item).</summary>
    private static IEnumerable<PendingItem> NewItems(IReadOnlyList<PendingItem> items, IReadOnlySet<string> known)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item.ExternalId is not { } id || (!known.Contains(id) && seen.Add(id)))
            {
                yield return item;
            }
        }
    }

    private sealed record TakenItems(List<Article> Stored, int Seen, int Backlog, int Failed);

    internal static NewArticle ToNewArticle(FeedDefinition feed, RawItem item, DateTimeOffset fetchedAt) => new()
    {
        FeedName = feed.Name,
        ExternalId = item.ExternalId,
        Link = item.Link,
        CanonicalLink = LinkCanonicalizer.Canonicalize(item.Link),
        Title = item.Title,
        Text = item.Text,
        Published = item.Published,
        ContentHash = ContentFingerprint.Compute(item.Title, item.Text),
        FetchedAt = fetchedAt,
    };

    private static FeedState Succeeded(FeedState state, FeedDefinition feed, FeedReadResult read, DateTimeOffset now) => state with
    {
        ETag = read.ETag,
        LastModified = read.LastModified,
        ConsecutiveFailures = 0,
        LastError = null,
        LastSuccessAt = now,
        NextCheckAt = now + feed.Interval,
    };

    private async Task<FeedPollResult> RecordFailureAsync(
        FeedDefinition feed, FeedState state, string failure, string reason, Exception? exception, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = timeProvider.GetUtcNow();
        var failures = state.ConsecutiveFailures + 1;
        var delay = FeedBackoff.Delay(feed.Interval, failures, TimeSpan.FromMinutes(settings.MaxBackoffMinutes), Random.Shared.NextDouble());
        var disabled = failures >= settings.MaxConsecutiveFailures;
        var next = now + delay;
        var updated = state with
        {
            ConsecutiveFailures = failures,
            LastError = $"{failure}: {reason}",
            NextCheckAt = next,
            Disabled = disabled,
        };

        // Save before logging so the state change is never lost to a failing log sink.
        await states.SaveAsync(updated, CancellationToken.None).ConfigureAwait(false);
        if (exception is not null)
        {
            Log.FeedCrashed(logger, feed.Name, failures, exception);
        }

        if (disabled)
        {
            Log.FeedDisabled(logger, feed.Name, failures, updated.LastError);
        }
        else
        {
            Log.FeedFailed(logger, feed.Name, failure, failures, next, reason);
        }

        return new FeedPollResult { FeedName = feed.Name, Outcome = disabled ? FeedPollOutcome.Disabled : FeedPollOutcome.Failed, Error = updated.LastError };
    }
}
