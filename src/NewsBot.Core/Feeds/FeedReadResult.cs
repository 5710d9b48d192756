using NewsBot.Core.Articles;

namespace NewsBot.Core.Feeds;

/// <summary>What one read of a feed returned.</summary>
public sealed record FeedReadResult
{
    /// <summary>False when the server answered 304 Not Modified: nothing new, validators unchanged.</summary>
    public required bool Modified { get; init; }

    public required IReadOnlyList<RawItem> Items { get; init; }

    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    public static FeedReadResult NotModified(ConditionalRequest request) =>
        new() { Modified = false, Items = [], ETag = request.ETag, LastModified = request.LastModified };
}
