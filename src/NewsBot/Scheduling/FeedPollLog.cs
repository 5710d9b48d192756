using Microsoft.Extensions.Logging;
using NewsBot.Core.Feeds;
using NewsBot.Core.Pipeline;

namespace NewsBot.Scheduling;

/// <summary><c>run</c>: one Information line per feed poll, whatever came of it, so the log shows the bot at work.</summary>
internal static class FeedPollLog
{
    public static void Write(ILogger logger, IngestionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var poll = report.Poll;
        switch (poll.Outcome)
        {
            case FeedPollOutcome.Read:
                Log.FeedPollRead(logger, poll.FeedName, poll.NewArticles.Count, poll.Duplicates, report.AlertsQueued);
                break;
            case FeedPollOutcome.NotModified:
                Log.FeedPollNotModified(logger, poll.FeedName, report.AlertsQueued);
                break;
            case FeedPollOutcome.Failed:
                Log.FeedPollFailed(logger, poll.FeedName, poll.Error ?? "unknown error");
                break;
            case FeedPollOutcome.BackingOff:
                Log.FeedPollSkipped(logger, poll.FeedName, "backing off after failures");
                break;
            case FeedPollOutcome.Disabled:
                Log.FeedPollSkipped(logger, poll.FeedName, "disabled after too many failures");
                break;
            default:
                Log.FeedPollSkipped(logger, poll.FeedName, poll.Outcome.ToString());
                break;
        }
    }
}
