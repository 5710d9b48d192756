using NewsBot.Feeds.Parsing;

namespace NewsBot.Feeds.Tests.Parsing;

public sealed class AtomParsingTests
{
    private static readonly ParsedFeed Feed = FeedDocumentParser.Parse(FeedDocuments.Utf8(FeedDocuments.Atom), new Uri("https://blog.example.net/feed.atom"), 1_000_000);

    [Fact]
    public void Parse_Atom_DetectsFormatAndReadsEveryEntry()
    {
        Assert.Equal(FeedFormat.Atom, Feed.Format);
        Assert.Equal(3, Feed.Items.Count);
    }

    [Fact]
    public void Parse_AtomNestedXmlBase_ResolvesRelativeLinkThroughEveryLevel()
    {
        Assert.Equal(new Uri("https://blog.example.net/base/posts/troops.html"), Feed.Items[0].Link);
        Assert.Equal(new Uri("https://blog.example.net/absolute-path.html"), Feed.Items[1].Link);
        Assert.Equal(new Uri("https://elsewhere.example.com/x"), Feed.Items[2].Link);
    }

    [Fact]
    public void Parse_AtomHtmlTitle_MarkupRemoved()
    {
        Assert.Equal("Troops on the move", Feed.Items[0].Title);
        Assert.Equal("Text content & no date", Feed.Items[2].Title);
    }

    [Fact]
    public void Parse_AtomContentTypes_HtmlXhtmlAndTextAllBecomePlainText()
    {
        Assert.Equal("First paragraph.\n\nSecond paragraph.", Feed.Items[0].Text);
        Assert.Equal("XHTML body text.\n\nSecond.", Feed.Items[1].Text);
        Assert.Equal("Line one <not a tag>.", Feed.Items[2].Text);
    }

    [Fact]
    public void Parse_AtomDates_PublishedFirstThenUpdatedThenNull()
    {
        Assert.Equal(new DateTimeOffset(2024, 10, 24, 16, 0, 0, TimeSpan.Zero), Feed.Items[0].Published!.Value);
        Assert.Equal(new DateTimeOffset(2024, 10, 23, 9, 0, 0, TimeSpan.Zero), Feed.Items[1].Published!.Value);
        Assert.Null(Feed.Items[2].Published);
    }

    [Fact]
    public void Parse_AtomAuthors_EntryAuthorElseFeedAuthor()
    {
        Assert.Equal("Jane Roe", Feed.Items[0].Author);
        Assert.Equal("Feed Author", Feed.Items[1].Author);
    }

    [Fact]
    public void Parse_AtomIds_AreTheExternalIds()
    {
        Assert.Equal(["tag:blog.example.net,2024:1", "tag:blog.example.net,2024:2", "tag:blog.example.net,2024:3"], Feed.Items.Select(item => item.ExternalId));
    }
}
