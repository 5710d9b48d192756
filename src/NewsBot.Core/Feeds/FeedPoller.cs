using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Text;

namespace NewsBot.Core.Feeds;

/// <summary>
/// Polls one feed: conditional read, stores what is new, and keeps the feed's state (validators,
/// failures in a row, next check, disabled). A failed read changes only the state; articles stored
/// before stay stored.
/// </summary>
public sealed class FeedPoller(
    IFeedReader reader,
    IFeedStateStore states,
    IArticleStore articles,
    IOptions<FeedPollingOptions> options,
    TimeProvider timeProvider,
    ILogger<FeedPoller> logger)
{
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

        var stored = new List<Article>();
        foreach (var item in read.Items)
        {
            var article = await articles.TryAddAsync(ToNewArticle(feed, item, now), cancellationToken).ConfigureAwait(false);
            if (article is not null)
            {
                stored.Add(article);
            }
        }

        await states.SaveAsync(Succeeded(state, feed, read, now), cancellationToken).ConfigureAwait(false);
        Log.FeedPolled(logger, feed.Name, stored.Count, read.Items.Count, read.Items.Count - stored.Count);
        return new FeedPollResult { FeedName = feed.Name, Outcome = FeedPollOutcome.Read, NewArticles = stored, ItemsSeen = read.Items.Count };
    }

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
