using System.ComponentModel.DataAnnotations;

namespace NewsBot.Core.Feeds;

/// <summary>How the poller treats failing feeds and how much one poll may take. Bound from the <c>FeedFetching</c> section.</summary>
public sealed class FeedPollingOptions
{
    public const string Section = "FeedFetching";

    /// <summary>Failures in a row after which a feed is disabled. Default 100.</summary>
    [Range(1, 100_000, ErrorMessage = "FeedFetching:MaxConsecutiveFailures must be between {1} and {2}.")]
    public int MaxConsecutiveFailures { get; set; } = 100;

    /// <summary>Longest wait between two tries of a failing feed, in minutes. Default 360 (6 hours).</summary>
    [Range(1, 10_080, ErrorMessage = "FeedFetching:MaxBackoffMinutes must be between {1} and {2}.")]
    public int MaxBackoffMinutes { get; set; } = 360;

    /// <summary>
    /// Most new items one poll of one feed converts and stores, newest first; the rest wait for the next
    /// polls (nothing is lost: the feed's validators are not kept while items remain, so the next poll
    /// reads the feed again in full). Default 200.
    /// </summary>
    [Range(1, 1_000_000, ErrorMessage = "FeedFetching:MaxNewItemsPerPoll must be between {1} and {2}.")]
    public int MaxNewItemsPerPoll { get; set; } = 200;

    /// <summary>
    /// Longest one poll of one feed spends converting and storing new items, in seconds; the items not
    /// reached wait for the next polls, as with <see cref="MaxNewItemsPerPoll"/>. Default 20.
    /// </summary>
    [Range(1, 3_600, ErrorMessage = "FeedFetching:PollBudgetSeconds must be between {1} and {2}.")]
    public int PollBudgetSeconds { get; set; } = 20;
}
