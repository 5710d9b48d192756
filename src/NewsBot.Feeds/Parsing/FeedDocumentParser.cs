using System.Text.Json;
using System.Xml;
using NewsBot.Core.Feeds;
using NewsBot.Feeds.Html;
using NewsBot.Feeds.Parsing.Decoding;

namespace NewsBot.Feeds.Parsing;

/// <summary>
/// Reads a feed body of any supported format, found by sniffing the body itself. Never refuses a
/// body for its bytes (see <see cref="BodyDecoder"/>) nor for one bad item (see
/// <see cref="ItemCollector"/>). A document it cannot read at all becomes
/// <see cref="FeedReadException"/> with <see cref="FeedReadFailure.Malformed"/>; that is the only
/// exception it throws.
/// </summary>
internal static class FeedDocumentParser
{
    private const int PrologWindow = 4096;

    public static ParsedFeed Parse(ReadOnlyMemory<byte> body, Uri documentUri, long maxCharacters) =>
        ParseText(BodyDecoder.Decode(body.Span), documentUri, maxCharacters);

    /// <summary>Reads text already decoded by <see cref="BodyDecoder"/>, every item converted to text.</summary>
    public static ParsedFeed ParseText(string text, Uri documentUri, long maxCharacters) =>
        Identify(text, documentUri, maxCharacters).Convert();

    /// <summary>
    /// Reads text already decoded by <see cref="BodyDecoder"/> as far as each item's identity (GUID,
    /// link, date); the markup is converted later, and only for the items the caller wants.
    /// </summary>
    public static IdentifiedFeed Identify(string text, Uri documentUri, long maxCharacters)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(documentUri);
        if (WebPage.Is(text))
        {
            throw WebPage.NotAFeed(documentUri);
        }

        try
        {
            return ReadItems(text, documentUri, maxCharacters);
        }
        catch (XmlException ex) when (HasDoctype(text))
        {
            throw new FeedReadException(
                FeedReadFailure.Malformed,
                $"{documentUri} is not a feed we can read: it declares a DTD (<!DOCTYPE …>), whose entities are never expanded or fetched ({ex.Message})",
                ex);
        }
        catch (Exception ex) when (ex is XmlException or JsonException or FormatException or InvalidOperationException or ArgumentException)
        {
            throw new FeedReadException(FeedReadFailure.Malformed, $"{documentUri} is not a feed we can read: {ex.Message}", ex);
        }
    }

    private static IdentifiedFeed ReadItems(string text, Uri documentUri, long maxCharacters)
    {
        var items = new ItemCollector();
        if (FeedSyntax.LooksLikeJson(text))
        {
            if (text.Length > maxCharacters)
            {
                throw new FormatException($"The document is longer than {maxCharacters} characters.");
            }

            JsonFeedParser.Parse(text, documentUri, items);
            return items.Result(FeedFormat.JsonFeed);
        }

        if (!FeedSyntax.LooksLikeXml(text))
        {
            throw new FormatException("The body is neither XML nor JSON.");
        }

        // Items are read as their end tags arrive and emptied at once: a 50,000-item feed is never held
        // whole as a tree, only its skeleton is.
        var document = SafeXml.Load(text, maxCharacters, closed: element =>
        {
            var top = element.Document?.Root;
            if (top is null)
            {
                return;
            }

            if (RssParser.Accepts(top) && RssParser.IsItem(element))
            {
                items.Add(element, e => RssParser.ParseItem(e, documentUri));
                element.RemoveAll();
            }
            else if (AtomParser.Accepts(top) && AtomParser.IsEntry(element))
            {
                items.Add(element, e => AtomParser.ParseEntry(e, documentUri));
                element.RemoveAll();
            }
        });
        var root = document.Root ?? throw new FormatException("The XML document has no root element.");
        if (RssParser.Accepts(root))
        {
            return items.Result(FeedFormat.Rss);
        }

        if (AtomParser.Accepts(root))
        {
            return items.Result(FeedFormat.Atom, AtomParser.FeedAuthor(document));
        }

        if (root.Name.LocalName.Equals("html", StringComparison.OrdinalIgnoreCase))
        {
            throw WebPage.NotAFeed(documentUri);
        }

        throw new FormatException($"The XML root element <{root.Name.LocalName}> is neither RSS nor Atom.");
    }

    private static bool HasDoctype(string text) =>
        text.AsSpan(0, Math.Min(text.Length, PrologWindow)).Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
}
