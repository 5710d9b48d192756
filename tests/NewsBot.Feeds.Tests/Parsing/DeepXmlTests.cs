using System.Text;
using NewsBot.Feeds.Parsing;

namespace NewsBot.Feeds.Tests.Parsing;

/// <summary>
/// Deeply nested XML (issue 18): output asserted here; the time is measured by the benchmarks'
/// <c>limits</c> command, not by a timed test.
/// </summary>
public sealed class DeepXmlTests
{
    private static string Repeat(string s, int count) => new StringBuilder(s.Length * count).Insert(0, s, count).ToString();

    [Fact]
    public void Parse_200000NestedElementsInAnItem_ReadsTheItemWithItsTextFlat()
    {
        var rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Deep</title>"
            + "<item><guid>deep-1</guid><title>Deep item</title><description>Start " + Repeat("<x>", 200_000) + "deep words" + Repeat("</x>", 200_000)
            + " end.</description></item>"
            + "<item><guid>next-2</guid><title>Next item</title><description>Plain.</description></item></channel></rss>";

        var feed = FeedDocumentParser.Parse(Encoding.UTF8.GetBytes(rss), FeedDocuments.FeedUrl, 100_000_000);

        Assert.Equal(["deep-1", "next-2"], feed.Items.Select(i => i.ExternalId));
        Assert.Equal("Start deep words end.", feed.Items[0].Text);
    }

    [Fact]
    public void Parse_200000NestedItems_ReadsThoseWithinTheCapAndStops()
    {
        var rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Deep</title>"
            + Repeat("<item><title>Nested</title>", 200_000) + Repeat("</item>", 200_000) + "</channel></rss>";

        var feed = FeedDocumentParser.Parse(Encoding.UTF8.GetBytes(rss), FeedDocuments.FeedUrl, 100_000_000);

        // rss/channel take two levels; every item below the cap is read, none beyond it is a node.
        Assert.InRange(feed.Items.Count + feed.SkippedEntries, 1, SafeXml.MaxDepth - 2);
    }

    [Fact]
    public void Load_NamespacesAttributesAndXmlBase_BuiltAsTheStandardLoaderBuildsThem()
    {
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:base="http://example.org/">
              <entry><id>1</id><link rel="alternate" href="a/1"/><media:thumbnail url="x.png"/><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hi <b>there</b></p><![CDATA[<raw>]]></div></content></entry>
            </feed>
            """;

        var ours = SafeXml.Load(atom, 1_000_000);
        var standard = System.Xml.Linq.XDocument.Parse(atom, System.Xml.Linq.LoadOptions.PreserveWhitespace);

        Assert.Equal(standard.ToString(System.Xml.Linq.SaveOptions.DisableFormatting), ours.ToString(System.Xml.Linq.SaveOptions.DisableFormatting));
    }
}
