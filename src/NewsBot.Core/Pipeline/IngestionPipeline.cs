using NewsBot.Core.Alerts;
using NewsBot.Core.Feeds;

namespace NewsBot.Core.Pipeline;

/// <summary>
/// The scheduled work for one feed: poll it, then queue an alert for every subscribed channel
/// that a new article matches. Sending is the delivery job's.
/// </summary>
public sealed class IngestionPipeline(FeedPoller poller, AlertPlanner planner)
{
    public async Task<IngestionReport> RunAsync(FeedDefinition feed, bool force, CancellationToken cancellationToken)
    {
        var poll = await poller.PollAsync(feed, force, cancellationToken).ConfigureAwait(false);
        var queued = await planner.PlanAsync(poll.NewArticles, cancellationToken).ConfigureAwait(false);
        return new IngestionReport(poll, queued);
    }
}
