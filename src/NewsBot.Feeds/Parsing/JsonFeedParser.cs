using System.Text.Json;

namespace NewsBot.Feeds.Parsing;

/// <summary>
/// JSON Feed 1.0 and 1.1: items with id, url, title, content_html or content_text, summary,
/// date_published, authors (1.1) or author (1.0). Fields of the wrong JSON type count as missing.
/// </summary>
internal static class JsonFeedParser
{
    private const string VersionPrefix = "https://jsonfeed.org/version/";

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static void Parse(string text, Uri documentUri, ItemCollector items)
    {
        ArgumentNullException.ThrowIfNull(items);
        using var document = JsonDocument.Parse(JsonEscapes.WithoutLoneSurrogates(text), Options);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || String(root, "version") is not { } version
            || !version.StartsWith(VersionPrefix, StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException("The JSON document is not a JSON Feed (no https://jsonfeed.org/version/ marker).");
        }

        if (!root.TryGetProperty("items", out var entries) || entries.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("The JSON Feed has no items array.");
        }

        var baseUri = XmlBase.Resolve(documentUri, String(root, "feed_url")) ?? documentUri;
        var feedAuthor = AuthorName(root);
        foreach (var item in entries.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.Object))
        {
            items.Add(item, element => ParseItem(element, baseUri, feedAuthor));
        }
    }

    private static FeedEntry ParseItem(JsonElement item, Uri baseUri, string? feedAuthor)
    {
        var link = XmlBase.Resolve(baseUri, String(item, "url")) ?? XmlBase.Resolve(baseUri, String(item, "external_url"));
        return new FeedEntry
        {
            Id = Id(item) ?? link?.AbsoluteUri,
            Link = link,
            Title = EntryContent.Plain(String(item, "title")),
            Content = EntryContent.Html(String(item, "content_html")) ?? EntryContent.Plain(String(item, "content_text")),
            Summary = EntryContent.Plain(String(item, "summary")),
            Published = FeedDates.Parse(String(item, "date_published")) ?? FeedDates.Parse(String(item, "date_modified")),
            Author = AuthorName(item) ?? feedAuthor,
        };
    }

    /// <summary>The spec says string, but feeds in the wild send numbers too.</summary>
    private static string? Id(JsonElement item) =>
        item.TryGetProperty("id", out var id) && id.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? id.ToString().Trim() is { Length: > 0 } text ? text : null
            : null;

    private static string? AuthorName(JsonElement element)
    {
        if (element.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            var names = authors.EnumerateArray()
                .Where(author => author.ValueKind == JsonValueKind.Object)
                .Select(author => String(author, "name"))
                .OfType<string>()
                .ToList();
            if (names.Count > 0)
            {
                return string.Join(", ", names);
            }
        }

        return element.TryGetProperty("author", out var single) && single.ValueKind == JsonValueKind.Object
            ? String(single, "name")
            : null;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : null;
}
