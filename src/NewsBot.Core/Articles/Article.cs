namespace NewsBot.Core.Articles;

/// <summary>An article as stored: one per feed item, never stored twice.</summary>
public sealed record Article
{
    public required long Id { get; init; }

    public required string FeedName { get; init; }

    public string? ExternalId { get; init; }

    public Uri? Link { get; init; }

    /// <summary>The link with tracking parameters and fragment removed; used to spot the same article twice.</summary>
    public string? CanonicalLink { get; init; }

    public required string Title { get; init; }

    public required string Text { get; init; }

    public PublishedDate? Published { get; init; }

    /// <summary>Hash of the normalized title and text; equal for the same article re-published.</summary>
    public required string ContentHash { get; init; }

    public required DateTimeOffset FetchedAt { get; init; }

    /// <summary>
    /// When the hourly cleanup emptied <see cref="Text"/> (<see cref="Pipeline.IngestionOptions.KeepArticleTextDays"/>);
    /// null while it is kept. The row stays: it is the feed's memory that the item was seen.
    /// </summary>
    public DateTimeOffset? TextDroppedAt { get; init; }
}
