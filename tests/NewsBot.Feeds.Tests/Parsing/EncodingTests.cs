using System.Text;
using NewsBot.Feeds.Parsing;

namespace NewsBot.Feeds.Tests.Parsing;

public sealed class EncodingTests
{
    private static readonly Uri Url = new("https://example.org/feed");

    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Parse_OneInvalidUtf8Byte_ReplacedAndEveryItemRead()
    {
        var body = Bytes("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>",
            "<item><title>Première ", new byte[] { 0xFF }, "dépêche</title><description>Un texte.</description></item>",
            "<item><title>Deuxième dépêche</title><description>Un autre.</description></item></channel></rss>");

        var feed = FeedDocumentParser.Parse(body, Url, 1_000_000);

        Assert.Equal(["Première \uFFFDdépêche", "Deuxième dépêche"], feed.Items.Select(item => item.Title));
    }

    [Fact]
    public void Parse_DeclaredUtf8ButWindows1252_ReadAsWindows1252()
    {
        var body = Encoding.GetEncoding(1252).GetBytes(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><item><title>Première dépêche – l’été</title></item></channel></rss>");

        var item = Assert.Single(FeedDocumentParser.Parse(body, Url, 1_000_000).Items);

        Assert.Equal("Première dépêche – l’été", item.Title);
    }

    [Fact]
    public void Parse_DeclaredLatin1ButUtf8_ReadAsUtf8()
    {
        var body = Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><item><title>Première dépêche</title></item></channel></rss>");

        var item = Assert.Single(FeedDocumentParser.Parse(body, Url, 1_000_000).Items);

        Assert.Equal("Première dépêche", item.Title);
    }

    [Fact]
    public void Parse_DeclaredLatin1AndTrulyLatin1_ReadAsDeclared()
    {
        var body = Encoding.Latin1.GetBytes(
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><item><title>Première dépêche</title></item></channel></rss>");

        var item = Assert.Single(FeedDocumentParser.Parse(body, Url, 1_000_000).Items);

        Assert.Equal("Première dépêche", item.Title);
    }

    [Fact]
    public void Parse_UnknownDeclaredEncoding_ReadAsUtf8()
    {
        var body = Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?><rss version=\"2.0\"><channel><item><title>Première</title></item></channel></rss>");

        var item = Assert.Single(FeedDocumentParser.Parse(body, Url, 1_000_000).Items);

        Assert.Equal("Première", item.Title);
    }

    [Fact]
    public void Parse_Utf16WithByteOrderMark_Read()
    {
        var body = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(
            "<?xml version=\"1.0\" encoding=\"utf-16\"?><rss version=\"2.0\"><channel><item><title>Première</title></item></channel></rss>")).ToArray();

        var item = Assert.Single(FeedDocumentParser.Parse(body, Url, 1_000_000).Items);

        Assert.Equal("Première", item.Title);
    }

    [Fact]
    public void Parse_ControlCharactersRawAndAsReferences_ReplacedAndItemsRead()
    {
        var body = Bytes("<rss version=\"2.0\"><channel><item><title>Bell", new byte[] { 0x07 }, "and&#x1;null&#0;</title>",
            "<description>Vertical", new byte[] { 0x0B }, "tab and &#x9F; C1.</description></item></channel></rss>");

        var item = Assert.Single(FeedDocumentParser.Parse(body, Url, 1_000_000).Items);

        Assert.Equal("Bell and null", item.Title);
        Assert.DoesNotContain(item.Text, c => char.IsControl(c) && c != '\n');
        Assert.Contains("Vertical tab", item.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_JsonFeedWithInvalidUtf8AndEscapedControls_Read()
    {
        var body = Bytes("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[",
            "{\"id\":\"1\",\"title\":\"Caf", new byte[] { 0xE9 }, " cr", new byte[] { 0xC3 }, "\",\"content_text\":\"Text\\u0000here \\ud800 alone.\"},",
            "{\"id\":\"2\",\"title\":\"Second\",\"content_text\":\"Fine.\"}]}");

        var feed = FeedDocumentParser.Parse(body, Url, 1_000_000);

        Assert.Equal(2, feed.Items.Count);
        Assert.Equal("Second", feed.Items[1].Title);
        Assert.All(feed.Items, item => Assert.DoesNotContain(item.Title + item.Text, c => char.IsControl(c) || char.IsSurrogate(c)));
    }

    private static byte[] Bytes(params object[] parts) => parts
        .SelectMany(part => part is string text ? Encoding.UTF8.GetBytes(text) : (byte[])part)
        .ToArray();
}
