namespace NewsBot.Core.Feeds;

/// <summary>What the bot remembers of a feed between polls.</summary>
public sealed record FeedState
{
    public required string FeedName { get; init; }

    /// <summary>Validator from the last 200 response, sent back as If-None-Match.</summary>
    public string? ETag { get; init; }

    /// <summary>From the last 200 response, sent back as If-Modified-Since.</summary>
    public DateTimeOffset? LastModified { get; init; }

    public int ConsecutiveFailures { get; init; }

    /// <summary>Earliest time the next poll should happen; later than the interval after failures.</summary>
    public DateTimeOffset? NextCheckAt { get; init; }

    public DateTimeOffset? LastSuccessAt { get; init; }

    public string? LastError { get; init; }

    /// <summary>Set after too many failures in a row; the feed is no longer polled until re-enabled.</summary>
    public bool Disabled { get; init; }

    public static FeedState New(string feedName) => new() { FeedName = feedName };
}
