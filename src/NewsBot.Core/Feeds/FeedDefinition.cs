namespace NewsBot.Core.Feeds;

/// <summary>A feed the operator listed: either an HTTP address (RSS, Atom, JSON Feed) or a local folder.</summary>
public sealed record FeedDefinition
{
    /// <summary>Unique name; identifies the feed in storage, logs and <c>feed:</c> filters.</summary>
    public required string Name { get; init; }

    public Uri? Url { get; init; }

    public string? Folder { get; init; }

    /// <summary>How often the feed is polled.</summary>
    public required TimeSpan Interval { get; init; }

    public FeedSourceKind Kind => Folder is not null ? FeedSourceKind.Folder : FeedSourceKind.Http;
}
