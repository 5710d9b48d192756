using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsBot.Feeds.Html;

/// <summary>Chooses the element that holds the article: &lt;article&gt;, &lt;main&gt;, or the densest text block.</summary>
internal static class ArticleRoot
{
    public static IElement Find(IHtmlDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var body = document.Body ?? document.DocumentElement;

        // Listing pages hold several <article> cards; the article itself has the most text.
        var article = document.QuerySelectorAll("article").MaxBy(ParagraphText);
        if (article is not null && article.TextContent.Trim().Length > 0)
        {
            return article;
        }

        var main = document.QuerySelector("main, [role=main]");
        if (main is not null && main.TextContent.Trim().Length > 0)
        {
            return main;
        }

        // Without markup naming the article, the block with the most paragraph text is it, as long as
        // it holds most of the page's paragraphs; otherwise the article is spread over several blocks.
        var densest = body.QuerySelectorAll("div, section, td").Prepend(body).MaxBy(DirectParagraphText);
        return densest is not null && 2 * DirectParagraphText(densest) >= ParagraphText(body) ? densest : body;
    }

    /// <summary>
    /// The page's headline when the chosen root does not hold it (a headline above the article
    /// element), or null.
    /// </summary>
    public static IElement? HeadlineOutside(IHtmlDocument document, IElement root)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(root);
        if (root.QuerySelector("h1") is not null || root == document.Body)
        {
            return null;
        }

        var headline = document.QuerySelector("h1");
        return headline is not null && !headline.Contains(root) ? headline : null;
    }

    private static int ParagraphText(IElement element) =>
        element.QuerySelectorAll("p").Sum(p => p.TextContent.Length);

    private static int DirectParagraphText(IElement element) =>
        element.Children.Where(child => child.LocalName == "p").Sum(p => p.TextContent.Length);
}
