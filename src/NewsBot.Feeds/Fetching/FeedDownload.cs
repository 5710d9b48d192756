namespace NewsBot.Feeds.Fetching;

/// <summary>A feed body fetched with a 200 answer, with its validators and final address.</summary>
internal sealed record FeedDownload
{
    public required ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>Where the body came from after redirects; relative links resolve against it.</summary>
    public required Uri Location { get; init; }

    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }
}
