using NewsBot.Core.Articles;
using NewsBot.Feeds.Html;
using NewsBot.Feeds.Text;

namespace NewsBot.Feeds.Parsing;

/// <summary>Turns a parsed feed entry into a <see cref="RawItem"/>: markup to text, boilerplate out, a title ensured.</summary>
internal static class FeedItemBuilder
{
    /// <summary>The item, or null when the entry has neither a title nor any text.</summary>
    public static RawItem? Build(FeedEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var source = entry.Content ?? entry.Summary;
        var raw = source switch
        {
            null => [],
            { IsHtml: true } => HtmlToText.FragmentToParagraphs(source.Value),
            _ => PlainTextParagraphs.Split(source.Value),
        };
        var paragraphs = BoilerplateFilter.Filter(raw);

        var title = entry.Title switch
        {
            null => string.Empty,
            { IsHtml: true } => HtmlToText.ToLine(entry.Title.Value),
            _ => Whitespace.Collapse(entry.Title.Value),
        };
        var titled = title.Length > 0
            ? new TitledText(title, TitleChooser.WithoutLeadingTitle(paragraphs, title))
            : TitleChooser.Choose(paragraphs);
        if (titled.Title.Length == 0)
        {
            return null;
        }

        return new RawItem
        {
            ExternalId = entry.Id,
            Link = entry.Link,
            Title = titled.Title,
            Text = PlainTextParagraphs.Join(titled.Body),
            Published = entry.Published,
            Author = entry.Author is null ? null : Whitespace.Collapse(entry.Author),
        };
    }
}
