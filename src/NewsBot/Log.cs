using Microsoft.Extensions.Logging;

namespace NewsBot;

/// <summary>The host's log messages; event ids 6000–6999.</summary>
internal static partial class Log
{
    [LoggerMessage(6001, LogLevel.Information, "Scheduled feed {Feed} every {Interval}, first poll at {FirstPoll:u}")]
    public static partial void FeedScheduled(ILogger logger, string feed, TimeSpan interval, DateTimeOffset firstPoll);

    [LoggerMessage(6007, LogLevel.Information, "Feed jobs laid out: {Written} written (new or changed), {Kept} kept as stored")]
    public static partial void FeedsLaidOut(ILogger logger, int written, int kept);

    [LoggerMessage(6002, LogLevel.Information, "Delivery job runs every {Interval}")]
    public static partial void DeliveryScheduled(ILogger logger, TimeSpan interval);

    [LoggerMessage(6003, LogLevel.Warning, "Feed job fired for {Feed}, which is no longer configured")]
    public static partial void UnknownFeed(ILogger logger, string feed);

    [LoggerMessage(6004, LogLevel.Information, "Delivery pass: {Sent} sent, {Retrying} to retry, {Dead} dead-lettered, {Merged} merged into their alert, {Skipped} skipped after an unknown outcome")]
    public static partial void DeliveryPass(ILogger logger, int sent, int retrying, int dead, int merged, int skipped);

    [LoggerMessage(6005, LogLevel.Information, "NewsBot running: {Feeds} feeds, platforms: {Platforms}. Press Ctrl+C to stop")]
    public static partial void Running(ILogger logger, int feeds, string platforms);

    [LoggerMessage(6008, LogLevel.Debug, "malloc arenas: {Outcome} (limit {Limit}; MALLOC_ARENA_MAX set by the environment wins)")]
    public static partial void MallocArenas(ILogger logger, string outcome, int limit);

    [LoggerMessage(6006, LogLevel.Warning, "No chat platform has a token configured; alerts are queued and printed on the console channel only")]
    public static partial void NoPlatform(ILogger logger);

    [LoggerMessage(6010, LogLevel.Warning, "Alias file {Path} not found: topics match without aliases (set Topics:AliasesFile)")]
    public static partial void AliasFileMissing(ILogger logger, string path);

    [LoggerMessage(6011, LogLevel.Debug, "Loaded {Groups} alias groups from {Path}")]
    public static partial void AliasFileLoaded(ILogger logger, int groups, string path);

    [LoggerMessage(6020, LogLevel.Information, "Digest for subscription {Subscription}: {Outcome}")]
    public static partial void DigestRan(ILogger logger, long subscription, string outcome);

    [LoggerMessage(6021, LogLevel.Information, "Digest for subscription {Subscription} scheduled at {At:u}")]
    public static partial void DigestScheduled(ILogger logger, long subscription, DateTimeOffset at);

    [LoggerMessage(6030, LogLevel.Warning, "Could not check the subscriptions for changes; trying again at the next tick")]
    public static partial void SubscriptionFollowFailed(ILogger logger, Exception exception);

    [LoggerMessage(6040, LogLevel.Information, "Feed {Feed} polled: {New} new, {Seen} seen before, {Queued} alerts queued")]
    public static partial void FeedPollRead(ILogger logger, string feed, int @new, int seen, int queued);

    [LoggerMessage(6041, LogLevel.Information, "Feed {Feed} polled: not modified, {Queued} alerts queued")]
    public static partial void FeedPollNotModified(ILogger logger, string feed, int queued);

    [LoggerMessage(6042, LogLevel.Information, "Feed {Feed} polled: failed: {Reason}")]
    public static partial void FeedPollFailed(ILogger logger, string feed, string reason);

    [LoggerMessage(6043, LogLevel.Information, "Feed {Feed} not polled: {Reason}")]
    public static partial void FeedPollSkipped(ILogger logger, string feed, string reason);

    [LoggerMessage(6044, LogLevel.Information, "Last {Minutes} min: {Feeds} feeds polled {Polls} times ({Failed} failed), {Articles} new articles, {Stories} stories with new articles, {Queued} alerts queued, {Sent} sent, {Retrying} to retry, {Dead} dead-lettered")]
    public static partial void RunSummary(ILogger logger, int minutes, int feeds, int polls, int failed, int articles, string stories, int queued, int sent, int retrying, int dead);

    [LoggerMessage(6045, LogLevel.Warning, "Could not count the stories for the run summary")]
    public static partial void RunSummaryStoriesFailed(ILogger logger, Exception exception);

    [LoggerMessage(6046, LogLevel.Debug, "Heap compacted: {CommittedBefore} MB committed over {LiveBefore} MB live, now {CommittedAfter} MB over {LiveAfter} MB, in {Milliseconds:F0} ms")]
    public static partial void HeapTrimmed(ILogger logger, long committedBefore, long liveBefore, long committedAfter, long liveAfter, double milliseconds);

    [LoggerMessage(6047, LogLevel.Warning, "Compacting the heap failed; the bot goes on and tries again later")]
    public static partial void HeapTrimFailed(ILogger logger, Exception exception);

    [LoggerMessage(6048, LogLevel.Debug, "Heap trimming is off (Memory:TrimAboveMegabytes is 0)")]
    public static partial void HeapTrimOff(ILogger logger);

    [LoggerMessage(6049, LogLevel.Information, "Deleted {Count} settled deliveries of stories quiet for {Days} days")]
    public static partial void DeliveryHistoryDeleted(ILogger logger, int count, int days);

    [LoggerMessage(6050, LogLevel.Warning, "Deleting old settled deliveries failed after {Count}; the rest waits for the next run")]
    public static partial void DeliveryHistoryFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(6051, LogLevel.Warning, "The delivery pass failed; what is due stays due and the next pass tries again")]
    public static partial void DeliveryPassFailed(ILogger logger, Exception exception);

    [LoggerMessage(6052, LogLevel.Information, "Deleted the delivery job an earlier version kept in the shared schedule: each node now drains the outbox itself")]
    public static partial void StoredDeliveryJobRemoved(ILogger logger);

    [LoggerMessage(6053, LogLevel.Information, "Emptied the text of {Count} articles read over {Days} days ago; their titles, links and analyses stay")]
    public static partial void ArticleTextHistoryDropped(ILogger logger, int count, int days);

    [LoggerMessage(6054, LogLevel.Warning, "Emptying old article texts failed after {Count}; the rest waits for the next run")]
    public static partial void ArticleTextHistoryFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(6055, LogLevel.Information, "The GC lets this process allocate {Budget} MB between young collections here (sized from the CPU's cache), so it keeps about {Excess} MB more memory than it needs; start it with {Variable}={Value} in the environment to bound that (the Docker image does)")]
    public static partial void Gen0BudgetLarge(ILogger logger, long budget, long excess, string variable, string value);
}
