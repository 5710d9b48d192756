namespace NewsBot.Core.Feeds;

/// <summary>Reads a feed's current items. Implemented by the Feeds project for HTTP and folder sources.</summary>
public interface IFeedReader
{
    /// <summary>
    /// Reads the feed. Throws <see cref="FeedReadException"/> when it cannot (network, status, size,
    /// malformed body); never returns a partial result as a success.
    /// </summary>
    Task<FeedReadResult> ReadAsync(FeedDefinition feed, ConditionalRequest conditional, CancellationToken cancellationToken);
}
