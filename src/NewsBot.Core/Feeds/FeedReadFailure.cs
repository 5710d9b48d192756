namespace NewsBot.Core.Feeds;

/// <summary>Why a feed could not be read.</summary>
public enum FeedReadFailure
{
    /// <summary>DNS, connection refused or reset.</summary>
    Network,

    /// <summary>The server did not answer in time.</summary>
    Timeout,

    /// <summary>The server answered with an error status (4xx, 5xx).</summary>
    HttpStatus,

    /// <summary>The body was larger than the configured cap.</summary>
    TooLarge,

    /// <summary>The body is not a feed we can read (not XML/JSON, DTD, unknown format).</summary>
    Malformed,

    /// <summary>A folder feed's folder is missing or unreadable.</summary>
    NotFound,

    /// <summary>
    /// The reader would not go where the feed led: a private or loopback address it may not reach,
    /// a redirect loop, too many redirects, a redirect to another scheme.
    /// </summary>
    Refused,
}
