using System.ComponentModel.DataAnnotations;

namespace NewsBot.Core.Feeds;

/// <summary>How the poller treats failing feeds. Bound from the <c>FeedFetching</c> section.</summary>
public sealed class FeedPollingOptions
{
    public const string Section = "FeedFetching";

    /// <summary>Failures in a row after which a feed is disabled. Default 100.</summary>
    [Range(1, 100_000, ErrorMessage = "FeedFetching:MaxConsecutiveFailures must be between {1} and {2}.")]
    public int MaxConsecutiveFailures { get; set; } = 100;

    /// <summary>Longest wait between two tries of a failing feed, in minutes. Default 360 (6 hours).</summary>
    [Range(1, 10_080, ErrorMessage = "FeedFetching:MaxBackoffMinutes must be between {1} and {2}.")]
    public int MaxBackoffMinutes { get; set; } = 360;
}
