using Microsoft.Extensions.Logging;
using NewsBot.Configuration;
using NewsBot.Core.Pipeline;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>Polls one feed and queues its alerts. One job per feed; a feed is never polled twice at once.</summary>
[DisallowConcurrentExecution]
internal sealed class FeedPollJob(FeedCatalog catalog, IngestionPipeline pipeline, RunActivity activity, ILogger<FeedPollJob> logger) : IJob
{
    public static JobKey KeyFor(string feedName) => new(feedName, "feeds");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        // The feed is named by its job's key, not by job data: a map per job cost about 180 bytes a feed for a
        // name the key already holds.
        var name = context.JobDetail.Key.Name;
        var feed = catalog.Find(name);
        if (feed is null)
        {
            Log.UnknownFeed(logger, name);
            return;
        }

        var report = await pipeline.RunAsync(feed, force: false, cancellationToken).ConfigureAwait(false);
        activity.RecordPoll(report);
        FeedPollLog.Write(logger, report);
    }
}
