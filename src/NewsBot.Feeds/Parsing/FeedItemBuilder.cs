using NewsBot.Core.Articles;
using NewsBot.Feeds.Html;
using NewsBot.Feeds.Text;

namespace NewsBot.Feeds.Parsing;

/// <summary>
/// Turns a parsed feed entry into a <see cref="RawItem"/>: markup to text, boilerplate out, a title
/// ensured and kept under <see cref="TitleChooser.MaxTitleLength"/>, control characters out.
/// </summary>
internal static class FeedItemBuilder
{
    // A title's markup is read only this far: enough for any real headline with its tags, and a
    // 100 KB "title" costs no more than a short one.
    private const int MaxTitleMarkup = 8 * TitleChooser.MaxTitleLength;

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
        var paragraphs = BoilerplateFilter.Filter(raw.Select(ItemText.Clean).ToList());

        var title = entry.Title switch
        {
            null => string.Empty,
            { IsHtml: true } => HtmlToText.ToLine(Head(entry.Title.Value)),
            _ => Whitespace.Collapse(Head(entry.Title.Value)),
        };
        title = Whitespace.Collapse(ItemText.Clean(title));
        var titled = title.Length > 0
            ? new TitledText(TitleChooser.Shorten(title, TitleChooser.MaxTitleLength), TitleChooser.WithoutLeadingTitle(paragraphs, title))
            : TitleChooser.Choose(paragraphs);
        if (titled.Title.Length == 0)
        {
            return null;
        }

        return new RawItem
        {
            ExternalId = entry.Id is null ? null : ItemText.Clean(entry.Id),
            Link = entry.Link,
            Title = titled.Title,
            Text = PlainTextParagraphs.Join(titled.Body),
            Published = entry.Published,
            Author = entry.Author is null ? null : Whitespace.Collapse(ItemText.Clean(entry.Author)),
        };
    }

    private static string Head(string value) => value.Length > MaxTitleMarkup ? value[..MaxTitleMarkup] : value;
}
