using AngleSharp.Html.Parser;

namespace NewsBot.Feeds.Html;

/// <summary>
/// Turns an HTML page or fragment into the paragraphs of its article: page chrome removed, the
/// article body chosen, block elements made paragraphs, entities decoded, whitespace collapsed.
/// The result still goes through <see cref="Text.BoilerplateFilter"/> for what markup cannot show.
/// The markup is bounded first (<see cref="HtmlLimits"/>), so no input costs more than a long article.
/// </summary>
internal static class HtmlToText
{
    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        IsNotConsumingCharacterReferences = false,
    };

    /// <summary>A whole page: the article is looked for among the page's blocks.</summary>
    public static IReadOnlyList<string> PageToParagraphs(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var parser = new HtmlParser(ParserOptions);
        using var document = parser.ParseDocument(HtmlLimits.Apply(html));
        HtmlNoise.Remove(document);
        var root = ArticleRoot.Find(document);
        var writer = new ParagraphWriter();
        if (ArticleRoot.HeadlineOutside(document, root) is { } headline)
        {
            writer.Write(headline);
        }

        writer.Write(root);
        return writer.Paragraphs;
    }

    /// <summary>
    /// A feed item's content: already the article, so all of it is kept but for the noise elements.
    /// </summary>
    public static IReadOnlyList<string> FragmentToParagraphs(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var parser = new HtmlParser(ParserOptions);
        using var document = parser.ParseDocument(HtmlLimits.Apply(html));
        HtmlNoise.Remove(document);
        var writer = new ParagraphWriter();
        writer.Write(document.Body ?? document.DocumentElement);
        return writer.Paragraphs;
    }

    /// <summary>One line of text from markup that should have none, such as a feed item's title.</summary>
    public static string ToLine(string html) => string.Join(' ', FragmentToParagraphs(html));
}
