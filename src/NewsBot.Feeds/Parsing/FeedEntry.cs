using NewsBot.Core.Articles;

namespace NewsBot.Feeds.Parsing;

/// <summary>One item of a feed as its format gave it, before its markup is turned into text.</summary>
internal sealed record FeedEntry
{
    public string? Id { get; init; }

    public Uri? Link { get; init; }

    public EntryContent? Title { get; init; }

    /// <summary>The full body (content:encoded, Atom content, content_html/content_text).</summary>
    public EntryContent? Content { get; init; }

    /// <summary>The short form (RSS description, Atom summary, JSON Feed summary).</summary>
    public EntryContent? Summary { get; init; }

    public PublishedDate? Published { get; init; }

    public string? Author { get; init; }
}
