using NewsBot.Feeds.Parsing;

namespace NewsBot.Feeds.Tests.Parsing;

public sealed class JsonFeedParsingTests
{
    private static readonly ParsedFeed Feed = FeedDocumentParser.Parse(FeedDocuments.Utf8(FeedDocuments.JsonFeed), new Uri("https://json.example.com/feed.json"), 1_000_000);

    [Fact]
    public void Parse_JsonFeed_DetectsFormatAndReadsEveryItem()
    {
        Assert.Equal(FeedFormat.JsonFeed, Feed.Format);
        Assert.Equal(3, Feed.Items.Count);
    }

    [Fact]
    public void Parse_JsonFeedContentHtml_BecomesPlainTextWithoutNavigation()
    {
        Assert.Equal("Seoul’s spies say 1,500 troops arrived.", Feed.Items[0].Text);
    }

    [Fact]
    public void Parse_JsonFeedContentText_KeepsParagraphs()
    {
        Assert.Equal("A text-only post.\n\nWith a second paragraph.", Feed.Items[1].Text);
        Assert.Equal("A text-only post", Feed.Items[1].Title);
    }

    [Fact]
    public void Parse_JsonFeedLinks_RelativeResolvedAndExternalUrlAsFallback()
    {
        Assert.Equal(new Uri("https://json.example.com/posts/one"), Feed.Items[0].Link);
        Assert.Equal(new Uri("https://other.example.com/story"), Feed.Items[2].Link);
    }

    [Fact]
    public void Parse_JsonFeedIds_StringOrNumber()
    {
        Assert.Equal(["1", "2", "3"], Feed.Items.Select(item => item.ExternalId));
    }

    [Fact]
    public void Parse_JsonFeedDates_DatePublishedOrNull()
    {
        Assert.Equal(new DateTimeOffset(2024, 10, 17, 22, 0, 0, TimeSpan.Zero), Feed.Items[0].Published!.Value);
        Assert.Null(Feed.Items[1].Published);
    }

    [Fact]
    public void Parse_JsonFeedAuthors_ItemAuthorsThenOldAuthorThenFeedAuthors()
    {
        Assert.Equal("Kim Min-ji, Lee Joon", Feed.Items[0].Author);
        Assert.Equal("Feed Team", Feed.Items[1].Author);
        Assert.Equal("JSON Feed 1.0 author", Feed.Items[2].Author);
    }

    [Fact]
    public void Parse_JsonFeedTitleOfWrongType_TreatedAsMissing()
    {
        Assert.Equal("Only a summary here", Feed.Items[2].Title);
    }
}
