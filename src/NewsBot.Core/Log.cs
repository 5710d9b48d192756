using Microsoft.Extensions.Logging;

namespace NewsBot.Core;

/// <summary>Core's log messages; event ids 1000–1999.</summary>
internal static partial class Log
{
    // Debug: `run` says the same in its one line per poll (6040); `ingest` prints the articles themselves.
    [LoggerMessage(1001, LogLevel.Debug, "Feed {Feed}: {New} new of {Seen} items ({Duplicates} seen before)")]
    public static partial void FeedPolled(ILogger logger, string feed, int @new, int seen, int duplicates);

    [LoggerMessage(1002, LogLevel.Debug, "Feed {Feed}: not modified since the last poll")]
    public static partial void FeedNotModified(ILogger logger, string feed);

    [LoggerMessage(1003, LogLevel.Warning, "Feed {Feed}: read failed ({Failure}, {Failures} in a row), next try at {NextCheck:u}: {Reason}")]
    public static partial void FeedFailed(ILogger logger, string feed, string failure, int failures, DateTimeOffset nextCheck, string reason);

    [LoggerMessage(1004, LogLevel.Error, "Feed {Feed}: disabled after {Failures} failures in a row; last error: {Reason}. Fix the feed and re-enable it to resume polling")]
    public static partial void FeedDisabled(ILogger logger, string feed, int failures, string reason);

    [LoggerMessage(1005, LogLevel.Debug, "Feed {Feed}: skipped, disabled")]
    public static partial void FeedSkippedDisabled(ILogger logger, string feed);

    [LoggerMessage(1006, LogLevel.Debug, "Feed {Feed}: skipped, backing off until {NextCheck:u}")]
    public static partial void FeedSkippedBackoff(ILogger logger, string feed, DateTimeOffset nextCheck);

    [LoggerMessage(1007, LogLevel.Error, "Feed {Feed}: unexpected error while reading ({Failures} in a row)")]
    public static partial void FeedCrashed(ILogger logger, string feed, int failures, Exception exception);

    // Debug for the same reason: the poll's line (6040) carries the alerts queued.
    [LoggerMessage(1010, LogLevel.Debug, "{Articles} new articles matched {Matches} subscriptions: {Queued} alerts queued")]
    public static partial void AlertsPlanned(ILogger logger, int articles, int matches, int queued);

    [LoggerMessage(1011, LogLevel.Warning, "Article {Article} of feed {Feed}: {Step} failed (try {Tries} of {MaxTries}); the other articles go on, this one is tried again at {RetryAt:u}")]
    public static partial void ArticleFailed(ILogger logger, long article, string feed, string step, int tries, int maxTries, DateTimeOffset retryAt, Exception exception);

    [LoggerMessage(1012, LogLevel.Error, "Article {Article} of feed {Feed}: {Step} failed {Tries} times; left aside (see `newsbot failed`, retry with `newsbot failed --retry`)")]
    public static partial void ArticleLeftAside(ILogger logger, long article, string feed, string step, int tries, Exception exception);

    [LoggerMessage(1020, LogLevel.Information, "Delivery {Delivery} to {Channel} sent as message {MessageId}")]
    public static partial void DeliverySent(ILogger logger, long delivery, string channel, string messageId);

    [LoggerMessage(1021, LogLevel.Warning, "Delivery {Delivery} to {Channel} failed (attempt {Attempt}), retry at {NextAttempt:u}: {Reason}")]
    public static partial void DeliveryRetry(ILogger logger, long delivery, string channel, int attempt, DateTimeOffset nextAttempt, string reason);

    [LoggerMessage(1022, LogLevel.Error, "Delivery {Delivery} to {Channel} dead-lettered: {Reason}")]
    public static partial void DeliveryDead(ILogger logger, long delivery, string channel, string reason);

    [LoggerMessage(1024, LogLevel.Warning, "Delivery {Delivery} to {Channel}: preparing the message failed; the channel's other deliveries go on")]
    public static partial void DeliveryCrashed(ILogger logger, long delivery, string channel, Exception exception);

    [LoggerMessage(1026, LogLevel.Warning, "Delivery {Delivery} to {Channel}: the platform's answer was lost, the message may or may not be posted; uncertain until {SettleAt:u}, then {Policy}: {Reason}")]
    public static partial void DeliveryUncertain(ILogger logger, long delivery, string channel, DateTimeOffset settleAt, string policy, string reason);

    [LoggerMessage(1027, LogLevel.Warning, "Delivery {Delivery} to {Channel} closed without resending after an unknown outcome (skipped-uncertain): {Reason}")]
    public static partial void DeliverySkippedUncertain(ILogger logger, long delivery, string channel, string reason);

    [LoggerMessage(1028, LogLevel.Information, "Delivery {Delivery} to {Channel}: sent once more after an unknown outcome (Delivery:OnUncertain = retry)")]
    public static partial void DeliveryRetriedUncertain(ILogger logger, long delivery, string channel);

    [LoggerMessage(1023, LogLevel.Warning, "Channel {Channel} cannot be posted to any more ({Reason}); its {Count} subscriptions are paused")]
    public static partial void ChannelPaused(ILogger logger, string channel, string reason, int count);

    [LoggerMessage(1030, LogLevel.Warning, "Subscription {Subscription} of {Channel} gets no alerts: its topic \"{Query}\" is not a valid query ({Error})")]
    public static partial void TopicRejected(ILogger logger, long subscription, string channel, string query, string error);

    [LoggerMessage(1031, LogLevel.Debug, "Topic index: {Added} added, {Updated} changed, {Removed} removed; {Count} subscriptions indexed")]
    public static partial void TopicIndexSynchronized(ILogger logger, int added, int updated, int removed, int count);

    [LoggerMessage(1033, LogLevel.Debug, "Topic index: {Moved} subscriptions re-anchored on rarer words, by the words of {Samples} recent articles")]
    public static partial void TopicsReanchored(ILogger logger, int moved, int samples);

    [LoggerMessage(1034, LogLevel.Information, "Topic index rebuilt: {Count} subscriptions compiled again, {Before} dictionary keys down to {After}")]
    public static partial void TopicIndexRebuilt(ILogger logger, int count, int before, int after);

    [LoggerMessage(1032, LogLevel.Information, "Subscriptions changed (version {Version}): {Added} added, {Updated} changed, {Removed} removed from the topic index")]
    public static partial void SubscriptionsFollowed(ILogger logger, int added, int updated, int removed, long version);

    [LoggerMessage(1040, LogLevel.Warning, "{Target} asked to wait: sends held until {Until:u} (global limit: {Global})")]
    public static partial void PacingHold(ILogger logger, string target, DateTimeOffset until, bool global);

    [LoggerMessage(1041, LogLevel.Information, "Send to {Platform} failed, retry {Retry} in {Delay}: {Reason}")]
    public static partial void PacingRetry(ILogger logger, string platform, int retry, TimeSpan delay, string reason);

    [LoggerMessage(1042, LogLevel.Information, "Delivery {Delivery} to {Channel} deferred until {Until:u}: {Reason}")]
    public static partial void DeliveryDeferred(ILogger logger, long delivery, string channel, DateTimeOffset until, string reason);

    // Chat commands: 1100-1109.
    [LoggerMessage(1100, LogLevel.Information, "Channel {Channel}: subscription {Subscription} \"{Query}\" added by {User}")]
    public static partial void SubscriptionAdded(ILogger logger, long subscription, string channel, string user, string query);

    [LoggerMessage(1101, LogLevel.Information, "Channel {Channel}: subscription {Subscription} removed by {User}")]
    public static partial void SubscriptionRemoved(ILogger logger, long subscription, string channel, string user);

    [LoggerMessage(1102, LogLevel.Debug, "Channel {Channel}: {Command} refused, over the query quota for {Seconds} s more")]
    public static partial void CommandOverQuota(ILogger logger, string command, string channel, int seconds);

    [LoggerMessage(1103, LogLevel.Error, "Channel {Channel}: {Command} failed; the user was told to try again")]
    public static partial void CommandFailed(ILogger logger, string command, string channel, Exception exception);

    [LoggerMessage(1150, LogLevel.Information, "Feed {Feed}: {Backlog} new items left for the next polls ({Stored} stored by this one, FeedFetching:MaxNewItemsPerPoll / PollBudgetSeconds)")]
    public static partial void FeedBacklog(ILogger logger, string feed, int backlog, int stored);

    [LoggerMessage(1151, LogLevel.Warning, "Feed {Feed}: item {Item} could not be turned into text and was skipped")]
    public static partial void ItemConversionFailed(ILogger logger, string feed, string item, Exception exception);

    [LoggerMessage(1152, LogLevel.Information, "Article \"{Title}\": analysed on its first {Kept} of {Length} characters (Ingestion:MaxAnalyzedCharacters)")]
    public static partial void AnalysisCut(ILogger logger, string title, int kept, int length);

    [LoggerMessage(1153, LogLevel.Warning, "Delivery {Delivery} to {Channel}: its send outlasted the claim's lease, which another pass or node holds now; the message may be posted twice")]
    public static partial void DeliveryLeaseLost(ILogger logger, long delivery, string channel);

    [LoggerMessage(1154, LogLevel.Warning, "Delivery {Delivery} to {Channel}: its lease could not be extended while its send is under way; trying again until it runs out")]
    public static partial void DeliveryLeaseNotExtended(ILogger logger, long delivery, string channel, Exception exception);

    [LoggerMessage(1155, LogLevel.Information, "Story grouping keeps its open stories' vectors in a file of its own in {Directory} ({File}), deleted when the bot stops or dies (Ingestion:StoryVectorDirectory)")]
    public static partial void StoryVectorsInFile(ILogger logger, string directory, string file);

    [LoggerMessage(1156, LogLevel.Warning, "Story grouping could not create its vectors file in {Directory}, and keeps the vectors in memory (~240 bytes an open story); set Ingestion:StoryVectorDirectory to a writable folder")]
    public static partial void StoryVectorsInMemory(ILogger logger, string directory, Exception exception);

    [LoggerMessage(1157, LogLevel.Warning, "Story grouping holds its bound of {MaxOpenStories} open stories: {Closed} stories closed before their three days since the last warning, the last after {QuietHours:F1} h without a new report; their next reports start new stories. Raise Ingestion:MaxOpenStories (~300 bytes of memory an open story) to keep stories open longer")]
    public static partial void StoriesClosedEarly(ILogger logger, int maxOpenStories, long closed, double quietHours);

    [LoggerMessage(1158, LogLevel.Warning, "Delivery {Delivery} to {Channel} was not {Outcome}: its claim's lease ran out before that was written, and another pass or node holds it now; that claim settles it")]
    public static partial void DeliveryClaimLost(ILogger logger, long delivery, string channel, string outcome);

    [LoggerMessage(1159, LogLevel.Warning, "Delivery {Delivery} to {Channel} was sent but its record failed (try {Attempt}); writing it again in {Seconds} s")]
    public static partial void DeliveryRecordRetried(ILogger logger, long delivery, string channel, int attempt, double seconds, Exception exception);
}
