using System.Xml.Linq;

namespace NewsBot.Feeds.Parsing;

/// <summary>
/// Atom 1.0: entries with id, the alternate link (resolved through xml:base), title, content or
/// summary as text, html or xhtml, published or updated, author.
/// </summary>
internal static class AtomParser
{
    private static readonly XNamespace Atom = XmlNames.Atom;

    public static bool Accepts(XElement root) => root.Name == Atom + "feed";

    /// <summary>True for an entry directly under the feed element.</summary>
    public static bool IsEntry(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return element.Name == Atom + "entry" && element.Parent is { } parent && Accepts(parent) && parent.Parent is null;
    }

    /// <summary>The feed's own author, which an entry without one inherits.</summary>
    public static string? FeedAuthor(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return AuthorName(document.Root);
    }

    /// <summary>The entry; without an author of its own (or its source's) it is given the feed's later, see <see cref="FeedAuthor"/>.</summary>
    public static FeedEntry ParseEntry(XElement entry, Uri documentUri)
    {
        var content = entry.Element(Atom + "content");
        return new FeedEntry
        {
            Id = entry.Element(Atom + "id")?.Value.Trim(),
            Link = AlternateLink(entry, documentUri),
            Title = TextConstruct(entry.Element(Atom + "title")),
            // Content given by reference (src=) is elsewhere; the summary stands in for it.
            Content = content?.Attribute("src") is null ? TextConstruct(content) : null,
            Summary = TextConstruct(entry.Element(Atom + "summary")),
            Published = FeedDates.Parse(entry.Element(Atom + "published")?.Value)
                ?? FeedDates.Parse(entry.Element(Atom + "updated")?.Value),
            Author = AuthorName(entry) ?? AuthorName(entry.Element(Atom + "source")),
        };
    }

    private static Uri? AlternateLink(XElement entry, Uri documentUri)
    {
        var alternates = entry.Elements(Atom + "link")
            .Where(link => ((string?)link.Attribute("rel") ?? "alternate") == "alternate")
            .OrderBy(link => ((string?)link.Attribute("type"))?.Contains("html", StringComparison.OrdinalIgnoreCase) == false ? 1 : 0);
        foreach (var link in alternates)
        {
            if (XmlBase.Resolve(XmlBase.BaseFor(link, documentUri), (string?)link.Attribute("href")) is { } uri)
            {
                return uri;
            }
        }

        return null;
    }

    private static EntryContent? TextConstruct(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var type = ((string?)element.Attribute("type"))?.Trim().ToLowerInvariant() ?? "text";
        return type switch
        {
            "text" or "text/plain" => EntryContent.Plain(element.Value),
            "html" or "text/html" => EntryContent.Html(element.Value),
            "xhtml" or "application/xhtml+xml" => EntryContent.Html(InnerMarkup(element)),
            _ => null,
        };
    }

    /// <summary>The markup inside the xhtml content's wrapping div (or the element itself without one).</summary>
    private static string InnerMarkup(XElement element)
    {
        var holder = element.Elements().FirstOrDefault() is { Name.LocalName: "div" } div ? div : element;
        return string.Concat(holder.Nodes().Select(node => node.ToString(SaveOptions.DisableFormatting)));
    }

    private static string? AuthorName(XElement? element)
    {
        var name = element?.Element(Atom + "author")?.Element(Atom + "name")?.Value.Trim();
        return string.IsNullOrEmpty(name) ? null : name;
    }
}
