using NewsBot.Core.Articles;
using NewsBot.Feeds.Parsing;

namespace NewsBot.Feeds.Tests.Parsing;

public sealed class RssParsingTests
{
    private static readonly ParsedFeed Feed = FeedDocumentParser.Parse(FeedDocuments.Utf8(FeedDocuments.Rss), FeedDocuments.FeedUrl, 1_000_000);

    [Fact]
    public void Parse_Rss_DetectsFormatAndReadsEveryItem()
    {
        Assert.Equal(FeedFormat.Rss, Feed.Format);
        Assert.Equal(3, Feed.Items.Count);
        Assert.Equal(0, Feed.SkippedEntries);
    }

    [Fact]
    public void Parse_RssTitleWithEntities_DecodesThemAndKeepsTheNoBreakSpace()
    {
        Assert.Equal("Corée du Nord : 10\u00A0000 soldats & des missiles", Feed.Items[0].Title);
    }

    [Fact]
    public void Parse_RssRelativeLink_ResolvedAgainstTheFeedUrl()
    {
        Assert.Equal(new Uri("https://news.example.org/2024/10/25/coree-du-nord-soldats.html?utm_source=rss"), Feed.Items[0].Link);
    }

    [Fact]
    public void Parse_RssGuidNotPermaLink_IsTheIdButNotTheLink()
    {
        Assert.Equal("urn:example:article:42", Feed.Items[0].ExternalId);
        Assert.Equal("https://news.example.org/2024/10/23/guid.html", Feed.Items[2].ExternalId);
        Assert.Equal(new Uri("https://news.example.org/2024/10/23/guid.html"), Feed.Items[2].Link);
    }

    [Fact]
    public void Parse_RssPubDateWithNumericOffset_ReadAsInstant()
    {
        Assert.Equal(PublishedDate.FromInstant(new DateTimeOffset(2024, 10, 25, 6, 30, 0, TimeSpan.Zero)), Feed.Items[0].Published);
    }

    [Fact]
    public void Parse_RssWithoutPubDate_FallsBackToDcDateOrNull()
    {
        Assert.Null(Feed.Items[1].Published);
        Assert.Equal(new DateTimeOffset(2024, 10, 23, 6, 0, 0, TimeSpan.Zero), Feed.Items[2].Published!.Value);
    }

    [Fact]
    public void Parse_RssContentEncoded_PreferredOverDescriptionAndCleaned()
    {
        Assert.Equal(
            "Selon Séoul, jusqu’à 12\u00A0000 soldats nord-coréens seraient en Russie.\n\nLe Pentagone parle d’un déploiement «\u202Frelativement petit\u202F».",
            Feed.Items[0].Text);
    }

    [Fact]
    public void Parse_RssEscapedHtmlDescription_BecomesPlainText()
    {
        Assert.Equal("Texte gras et & entité.", Feed.Items[1].Text);
    }

    [Fact]
    public void Parse_RssCreators_DcCreatorInCdataAndAuthor()
    {
        Assert.Equal("Marie Dupont", Feed.Items[0].Author);
        Assert.Equal("redaction@example.org (La rédaction)", Feed.Items[2].Author);
    }

    [Fact]
    public void Parse_RssChannelWithXmlBase_RelativeLinksUseIt()
    {
        const string rss = """
            <rss version="2.0"><channel xml:base="https://cdn.example.org/fr/"><title>t</title>
            <item><title>A title here</title><link>articles/1.html</link></item></channel></rss>
            """;

        var item = Assert.Single(FeedDocumentParser.Parse(FeedDocuments.Utf8(rss), FeedDocuments.FeedUrl, 1_000_000).Items);

        Assert.Equal(new Uri("https://cdn.example.org/fr/articles/1.html"), item.Link);
    }

    [Fact]
    public void Parse_RssItemWithoutTitle_TitleTakenFromTheText()
    {
        const string rss = """
            <rss version="2.0"><channel><title>t</title>
            <item><description>Un séisme a frappé la région. Les secours sont sur place.</description></item>
            <item><link>https://example.org/empty</link></item></channel></rss>
            """;

        var feed = FeedDocumentParser.Parse(FeedDocuments.Utf8(rss), FeedDocuments.FeedUrl, 1_000_000);

        var item = Assert.Single(feed.Items);
        Assert.Equal("Un séisme a frappé la région", item.Title);
        Assert.Equal("Un séisme a frappé la région. Les secours sont sur place.", item.Text);
        Assert.Equal(1, feed.SkippedEntries);
    }

    [Fact]
    public void Parse_Rss10Rdf_ReadsItems()
    {
        const string rdf = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://example.org/"><title>t</title></channel>
              <item rdf:about="https://example.org/a"><title>RDF item</title><link>https://example.org/a</link>
                <description>Body.</description><dc:date>2024-10-20T10:00:00Z</dc:date></item>
            </rdf:RDF>
            """;

        var item = Assert.Single(FeedDocumentParser.Parse(FeedDocuments.Utf8(rdf), FeedDocuments.FeedUrl, 1_000_000).Items);

        Assert.Equal("RDF item", item.Title);
        Assert.Equal("https://example.org/a", item.ExternalId);
        Assert.NotNull(item.Published);
    }

    [Fact]
    public void Parse_RssInLatin1_DecodedByTheXmlDeclaration()
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes("""
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <rss version="2.0"><channel><title>t</title><item><title>Sécurité européenne</title><description>Été.</description></item></channel></rss>
            """);

        var item = Assert.Single(FeedDocumentParser.Parse(bytes, FeedDocuments.FeedUrl, 1_000_000).Items);

        Assert.Equal("Sécurité européenne", item.Title);
    }
}
