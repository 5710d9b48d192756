using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsBot.Feeds.Text;

namespace NewsBot.Feeds.Html;

/// <summary>Elements that are never article text: navigation, widgets, share bars, related links, scripts.</summary>
internal static class HtmlNoise
{
    private const string NoiseTags =
        "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, input, select, " +
        "textarea, label, nav, aside, footer, menu, dialog, video, audio, map, " +
        "[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], " +
        "[role=complementary], [role=search], [role=dialog]";

    /// <summary>Words in class names and ids that mark page widgets rather than article text.</summary>
    private static readonly HashSet<string> NoiseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "sharing", "sharebar", "social", "socials", "related", "breadcrumb", "breadcrumbs",
        "newsletter", "promo", "advert", "advertisement", "ads", "ad", "sponsor", "sponsored", "outbrain",
        "taboola", "comments", "comment", "cookie", "cookies", "consent", "popup", "modal", "sidebar",
        "widget", "recirculation", "recommended", "recommendations", "readalso", "lireaussi", "subscribe",
    };

    /// <summary>Class names whose words together mark a "read also" block.</summary>
    private static readonly string[] NoisePhrases = ["read-also", "lire-aussi", "a-lire", "more-stories", "see-also", "voir-aussi"];

    /// <summary>An element holding this many real paragraphs is content, whatever its class says.</summary>
    private const int ContentParagraphCount = 3;

    public static void Remove(IHtmlDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var element in document.QuerySelectorAll(NoiseTags).ToList())
        {
            element.Remove();
        }

        foreach (var header in document.QuerySelectorAll("header").ToList())
        {
            // A page's own header holds the logo and menu; an article's header holds its headline.
            if (header.QuerySelector("h1, h2") is null)
            {
                header.Remove();
            }
        }

        foreach (var element in document.QuerySelectorAll("[class], [id]").ToList())
        {
            if (IsNoise(element))
            {
                element.Remove();
            }
        }

        RemoveCreditOnlyCaptions(document);
    }

    private static bool IsNoise(IElement element)
    {
        if (element.LocalName is "html" or "body" or "main" or "article" || element.Parent is null)
        {
            return false;
        }

        var names = (element.ClassName ?? string.Empty) + " " + element.Id;
        var noisy = names.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(IsNoiseName);
        return noisy && !HoldsContent(element);
    }

    private static bool IsNoiseName(string name)
    {
        if (NoisePhrases.Any(phrase => name.Contains(phrase, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return name.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries).Any(NoiseWords.Contains);
    }

    private static bool HoldsContent(IElement element) =>
        element.QuerySelectorAll("p").Count(p => p.TextContent.Length >= 80) >= ContentParagraphCount;

    /// <summary>A caption that is only "© Reuters" or "Photo : AFP" credits the picture, not the text.</summary>
    private static void RemoveCreditOnlyCaptions(IHtmlDocument document)
    {
        foreach (var caption in document.QuerySelectorAll("figcaption, figure [class*=credit], figure [class*=copyright]").ToList())
        {
            var text = Whitespace.Collapse(caption.TextContent);
            if (text.Length == 0 || LineShape.IsCredit(text) || caption.ClassName?.Contains("credit", StringComparison.OrdinalIgnoreCase) == true)
            {
                caption.Remove();
            }
        }
    }
}
