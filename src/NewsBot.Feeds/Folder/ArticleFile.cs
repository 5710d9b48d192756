using NewsBot.Core.Articles;
using NewsBot.Feeds.Html;
using NewsBot.Feeds.Text;

namespace NewsBot.Feeds.Folder;

/// <summary>One file of a folder feed read as an article.</summary>
internal static class ArticleFile
{
    public static readonly IReadOnlySet<string> Extensions =
        new HashSet<string>([".txt", ".html", ".htm", ".md"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The article in the file, or null when nothing in it is article text.</summary>
    public static RawItem? Parse(string fileName, string content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        var raw = Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".html" or ".htm" => HtmlToText.PageToParagraphs(content),
            ".md" => MarkdownToText.ToParagraphs(content),
            _ => PlainTextParagraphs.Split(content),
        };

        var (published, paragraphs) = DateMarker.Extract(raw);
        var titled = TitleChooser.Choose(BoilerplateFilter.Filter(paragraphs));
        if (titled.Title.Length == 0)
        {
            return null;
        }

        return new RawItem
        {
            ExternalId = fileName,
            Title = titled.Title,
            Text = PlainTextParagraphs.Join(titled.Body),
            Published = published,
        };
    }
}
