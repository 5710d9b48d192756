using System.Text;
using System.Text.Json;
using System.Xml;
using NewsBot.Core.Feeds;

namespace NewsBot.Feeds.Parsing;

/// <summary>
/// Reads a feed body of any supported format, found by sniffing the body itself. Anything it cannot
/// read becomes <see cref="FeedReadException"/> with <see cref="FeedReadFailure.Malformed"/>.
/// </summary>
internal static class FeedDocumentParser
{
    public static ParsedFeed Parse(ReadOnlyMemory<byte> body, Uri documentUri, long maxCharacters)
    {
        ArgumentNullException.ThrowIfNull(documentUri);
        try
        {
            var (format, entries) = ReadEntries(body, documentUri, maxCharacters);
            var items = entries.Select(FeedItemBuilder.Build).OfType<Core.Articles.RawItem>().ToList();
            return new ParsedFeed(format, items, entries.Count - items.Count);
        }
        catch (Exception ex) when (ex is XmlException or JsonException or FormatException or DecoderFallbackException or ArgumentException)
        {
            // ArgumentException: an XML declaration naming an encoding this runtime does not know.
            throw new FeedReadException(FeedReadFailure.Malformed, $"{documentUri} is not a feed we can read: {ex.Message}", ex);
        }
    }

    private static (FeedFormat Format, IReadOnlyList<FeedEntry> Entries) ReadEntries(ReadOnlyMemory<byte> body, Uri documentUri, long maxCharacters)
    {
        if (FeedSyntax.LooksLikeJson(body.Span))
        {
            return (FeedFormat.JsonFeed, JsonFeedParser.Parse(body, documentUri));
        }

        if (!FeedSyntax.LooksLikeXml(body.Span))
        {
            throw new FormatException("The body is neither XML nor JSON.");
        }

        var document = SafeXml.Load(body, maxCharacters);
        var root = document.Root ?? throw new FormatException("The XML document has no root element.");
        if (RssParser.Accepts(root))
        {
            return (FeedFormat.Rss, RssParser.Parse(document, documentUri));
        }

        if (AtomParser.Accepts(root))
        {
            return (FeedFormat.Atom, AtomParser.Parse(document, documentUri));
        }

        throw new FormatException($"The XML root element <{root.Name.LocalName}> is neither RSS nor Atom.");
    }
}
