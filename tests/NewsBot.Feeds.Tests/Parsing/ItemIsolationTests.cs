using NewsBot.Feeds.Parsing;
using NewsBot.Feeds.Text;

namespace NewsBot.Feeds.Tests.Parsing;

public sealed class ItemIsolationTests
{
    [Fact]
    public void Add_OneEntryThrows_SkippedWithPositionAndReasonOthersKept()
    {
        var items = new ItemCollector();

        items.Add("first", Entry);
        items.Add("bad", _ => throw new ArgumentOutOfRangeException("date", "Day out of range."));
        items.Add("third", Entry);
        var feed = items.Result(FeedFormat.Rss).Convert();

        Assert.Equal(["first", "third"], feed.Items.Select(item => item.Title));
        var failure = Assert.Single(feed.Failures);
        Assert.Equal(2, failure.Position);
        Assert.Contains("ArgumentOutOfRangeException", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("Day out of range.", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ItemsWithBadDatesAndBrokenHtml_EveryItemStillRead()
    {
        const string rss = """
            <rss version="2.0"><channel>
              <item><title>Bad date</title><pubDate>Mon, 99 Foo 20244 25:61:00 +9999</pubDate><description>a</description></item>
              <item><title>Broken &lt;b&gt;html</title><description>&lt;p&gt;&lt;table&gt;&lt;td&gt;&lt;/p&gt;&lt;/div&gt;&lt;script&gt;x</description></item>
              <item><title>Fine</title><pubDate>Fri, 25 Oct 2024 08:30:00 +0200</pubDate><description>c</description></item>
            </channel></rss>
            """;

        var feed = FeedDocumentParser.Parse(FeedDocuments.Utf8(rss), FeedDocuments.FeedUrl, 1_000_000);

        Assert.Equal(["Bad date", "Broken html", "Fine"], feed.Items.Select(item => item.Title));
        Assert.Null(feed.Items[0].Published);
        Assert.Empty(feed.Failures);
    }

    [Fact]
    public void Parse_HundredKilobyteTitle_CutAtAWordWithAnEllipsis()
    {
        var words = string.Join(' ', Enumerable.Repeat("mot", 25_000));
        var rss = $"<rss version=\"2.0\"><channel><item><title>{words}</title><description>Texte.</description></item></channel></rss>";

        var item = Assert.Single(FeedDocumentParser.Parse(FeedDocuments.Utf8(rss), FeedDocuments.FeedUrl, 1_000_000).Items);

        Assert.InRange(item.Title.Length, TitleChooser.MaxTitleLength / 2, TitleChooser.MaxTitleLength);
        Assert.EndsWith("mot…", item.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HundredKilobyteTitleWithoutSpaces_CutToTheLimit()
    {
        var rss = $"<rss version=\"2.0\"><channel><item><title>{new string('x', 100_000)}</title></item></channel></rss>";

        var item = Assert.Single(FeedDocumentParser.Parse(FeedDocuments.Utf8(rss), FeedDocuments.FeedUrl, 1_000_000).Items);

        Assert.Equal(TitleChooser.MaxTitleLength, item.Title.Length);
    }

    [Fact]
    public void Parse_FiftyThousandItems_AllRead()
    {
        var builder = new System.Text.StringBuilder("<rss version=\"2.0\"><channel>");
        for (var i = 0; i < 50_000; i++)
        {
            builder.Append("<item><title>Dépêche ").Append(i).Append("</title><guid>id-").Append(i).Append("</guid><description>Texte ").Append(i).Append(".</description></item>");
        }

        var feed = FeedDocumentParser.Parse(FeedDocuments.Utf8(builder.Append("</channel></rss>").ToString()), FeedDocuments.FeedUrl, 10_000_000);

        Assert.Equal(50_000, feed.Items.Count);
        Assert.Equal("id-49999", feed.Items[^1].ExternalId);
    }

    private static FeedEntry Entry(string title) => new() { Title = EntryContent.Plain(title), Content = EntryContent.Plain("Text of " + title) };
}
