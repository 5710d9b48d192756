namespace NewsBot.Core.Alerts;

/// <summary>
/// What a channel is told about a story, independent of any platform. Renderers fit it into their
/// platform's limits.
/// </summary>
public sealed record Alert
{
    /// <summary>The subscription query that matched.</summary>
    public required string Topic { get; init; }

    public required string Title { get; init; }

    public Uri? Link { get; init; }

    /// <summary>The first sentences, or the analyzer's summary once there is one.</summary>
    public required string Summary { get; init; }

    /// <summary>Who published it: the feed's name, or the link's host.</summary>
    public required string Source { get; init; }

    public required string FeedName { get; init; }

    public string? Published { get; init; }
}
