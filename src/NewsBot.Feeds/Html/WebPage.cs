using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using NewsBot.Core.Feeds;
using NewsBot.Feeds.Parsing;

namespace NewsBot.Feeds.Html;

/// <summary>
/// An HTML page where a feed was expected: recognised before any XML parser sees it, and searched
/// for the feeds it links (<c>&lt;link rel="alternate" type="application/rss+xml" href="…"&gt;</c>,
/// Atom and JSON Feed alike) so the reader can follow one of them.
/// </summary>
internal static partial class WebPage
{
    private const int SniffWindow = 4096;

    private static readonly string[] FeedTypes = ["application/rss+xml", "application/atom+xml", "application/feed+json"];

    /// <summary>
    /// True when the text starts (after an XML declaration and comments) with an HTML doctype or an
    /// html element, or holds an html element early on and no feed root at all.
    /// </summary>
    public static bool Is(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = text.Length > SniffWindow ? text[..SniffWindow] : text;
        return HtmlStart().IsMatch(head) || (HtmlElement().IsMatch(head) && !FeedRoot().IsMatch(head));
    }

    /// <summary>The http(s) feeds the page links as alternates, in page order.</summary>
    public static IReadOnlyList<Uri> FeedLinks(string html, Uri pageUri)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pageUri);
        using var document = new HtmlParser().ParseDocument(HtmlLimits.Apply(html));
        var baseUri = XmlBase.Resolve(pageUri, document.QuerySelector("base[href]")?.GetAttribute("href")) ?? pageUri;
        return document.QuerySelectorAll("link[rel][href][type]")
            .Where(link => link.GetAttribute("rel")!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("alternate", StringComparer.OrdinalIgnoreCase))
            .Where(link => FeedTypes.Contains(link.GetAttribute("type")!.Split(';')[0].Trim(), StringComparer.OrdinalIgnoreCase))
            .Select(link => XmlBase.Resolve(baseUri, link.GetAttribute("href")))
            .OfType<Uri>()
            .ToList();
    }

    public static FeedReadException NotAFeed(Uri pageUri, string? detail = null) =>
        new(FeedReadFailure.Malformed, $"{pageUri} is a web page, not a feed{detail}: configure the address of its RSS, Atom or JSON feed.");

    [GeneratedRegex(@"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"<html[\s>]|<head[\s>]|<body[\s>]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlElement();

    [GeneratedRegex(@"<(rss|feed|rdf:RDF)[\s>]", RegexOptions.CultureInvariant)]
    private static partial Regex FeedRoot();
}
