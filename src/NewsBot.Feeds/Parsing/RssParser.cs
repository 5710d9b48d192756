using System.Xml.Linq;

namespace NewsBot.Feeds.Parsing;

/// <summary>
/// RSS 2.0 (and the similar RSS 1.0/RDF): title, link, guid with isPermaLink, description,
/// content:encoded, pubDate or dc:date, author or dc:creator.
/// </summary>
internal static class RssParser
{
    public static bool Accepts(XElement root) =>
        root.Name == "rss" || root.Name == XmlNames.Rdf + "RDF";

    /// <summary>True for an item element of RSS 2.0 or RSS 1.0, wherever it is.</summary>
    public static bool IsItem(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return element.Name == "item" || element.Name == XmlNames.Rss10 + "item";
    }

    public static FeedEntry ParseItem(XElement item, Uri documentUri)
    {
        var ns = item.Name.Namespace;
        var baseUri = XmlBase.BaseFor(item, documentUri);
        var guid = item.Element(ns + "guid");
        var guidText = guid?.Value.Trim();
        var link = XmlBase.Resolve(baseUri, item.Element(ns + "link")?.Value);

        // A guid is the item's address unless the feed says isPermaLink="false".
        var guidIsLink = guid is not null && !string.Equals((string?)guid.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase);
        if (link is null && guidIsLink)
        {
            link = XmlBase.Resolve(baseUri, guidText);
        }

        var about = (string?)item.Attribute(XmlNames.Rdf + "about");
        return new FeedEntry
        {
            Id = NonEmpty(guidText) ?? NonEmpty(about) ?? link?.AbsoluteUri,
            Link = link,
            Title = EntryContent.Html(item.Element(ns + "title")?.Value),
            Content = EntryContent.Html(item.Element(XmlNames.Content + "encoded")?.Value),
            Summary = EntryContent.Html(item.Element(ns + "description")?.Value),
            Published = FeedDates.Parse(item.Element(ns + "pubDate")?.Value)
                ?? FeedDates.Parse(item.Element(XmlNames.DublinCore + "date")?.Value),
            Author = NonEmpty(item.Element(XmlNames.DublinCore + "creator")?.Value)
                ?? NonEmpty(item.Element(ns + "author")?.Value),
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
