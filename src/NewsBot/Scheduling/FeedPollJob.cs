using Microsoft.Extensions.Logging;
using NewsBot.Configuration;
using NewsBot.Core.Pipeline;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>Polls one feed and queues its alerts. One job per feed; a feed is never polled twice at once.</summary>
[DisallowConcurrentExecution]
internal sealed class FeedPollJob(FeedCatalog catalog, IngestionPipeline pipeline, RunActivity activity, ILogger<FeedPollJob> logger) : IJob
{
    public const string FeedNameKey = "feed";

    public static JobKey KeyFor(string feedName) => new(feedName, "feeds");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = context.MergedJobDataMap.GetString(FeedNameKey) ?? string.Empty;
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
