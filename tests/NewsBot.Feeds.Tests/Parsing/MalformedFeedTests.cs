using System.Text;
using NewsBot.Core.Feeds;
using NewsBot.Feeds.Parsing;

namespace NewsBot.Feeds.Tests.Parsing;

public sealed class MalformedFeedTests
{
    private static readonly Uri Url = new("https://example.org/feed");

    [Theory]
    [InlineData("this is not a feed at all")]
    [InlineData("<html><body><p>An HTML page</p></body></html>")]
    [InlineData("<rss version=\"2.0\"><channel><item><title>cut off")]
    [InlineData("<?xml version=\"1.0\"?><opml version=\"2.0\"><body/></opml>")]
    [InlineData("{\"not\": \"a json feed\"}")]
    [InlineData("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [")]
    [InlineData("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": 3}")]
    [InlineData("")]
    public void Parse_NotAFeed_ThrowsMalformed(string body)
    {
        var error = Assert.Throws<FeedReadException>(() => FeedDocumentParser.Parse(Encoding.UTF8.GetBytes(body), Url, 1_000_000));

        Assert.Equal(FeedReadFailure.Malformed, error.Failure);
    }

    [Fact]
    public void Parse_BillionLaughs_RefusedWithoutExpandingAnything()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <rss version="2.0"><channel><item><title>&lol9;</title></item></channel></rss>
            """;

        var error = Assert.Throws<FeedReadException>(() => FeedDocumentParser.Parse(Encoding.UTF8.GetBytes(bomb), Url, 1_000_000));

        Assert.Equal(FeedReadFailure.Malformed, error.Failure);
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ExternalEntity_RefusedWithoutReadingTheFile()
    {
        const string xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><item><title>&secret;</title></item></channel></rss>
            """;

        var error = Assert.Throws<FeedReadException>(() => FeedDocumentParser.Parse(Encoding.UTF8.GetBytes(xxe), Url, 1_000_000));

        Assert.Equal(FeedReadFailure.Malformed, error.Failure);
    }

    [Fact]
    public void Parse_DocumentOverTheCharacterCap_ThrowsMalformed()
    {
        var body = "<rss version=\"2.0\"><channel><item><title>" + new string('x', 5_000) + "</title></item></channel></rss>";

        var error = Assert.Throws<FeedReadException>(() => FeedDocumentParser.Parse(Encoding.UTF8.GetBytes(body), Url, 1_000));

        Assert.Equal(FeedReadFailure.Malformed, error.Failure);
    }

    [Fact]
    public void Parse_XmlWithUtf8BomAndLeadingWhitespace_StillSniffedAsXml()
    {
        var body = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("\n  <rss version=\"2.0\"><channel><item><title>Bom title</title></item></channel></rss>")).ToArray();

        var item = Assert.Single(FeedDocumentParser.Parse(body, Url, 1_000_000).Items);

        Assert.Equal("Bom title", item.Title);
    }
}
