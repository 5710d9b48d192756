namespace NewsBot.Feeds.Parsing;

/// <summary>A text field of a feed item, and whether it is HTML or plain text.</summary>
internal sealed record EntryContent(string Value, bool IsHtml)
{
    public static EntryContent? Html(string? value) => string.IsNullOrWhiteSpace(value) ? null : new(value, true);

    public static EntryContent? Plain(string? value) => string.IsNullOrWhiteSpace(value) ? null : new(value, false);
}
