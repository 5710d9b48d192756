namespace NewsBot.Core.Articles;

/// <summary>
/// One item as a feed reader found it: already turned into plain text with the page's boilerplate
/// removed, not yet checked for duplicates.
/// </summary>
public sealed record RawItem
{
    /// <summary>The feed's own item identifier (RSS guid, Atom id, JSON Feed id, or a folder file name); unique within a feed.</summary>
    public string? ExternalId { get; init; }

    /// <summary>The article's address as the feed gave it, made absolute.</summary>
    public Uri? Link { get; init; }

    public required string Title { get; init; }

    /// <summary>The article body as plain text, paragraphs separated by blank lines.</summary>
    public required string Text { get; init; }

    public PublishedDate? Published { get; init; }

    /// <summary>Author or source line the feed names, if any.</summary>
    public string? Author { get; init; }
}
