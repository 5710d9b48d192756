using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Articles;

public sealed class LinkCanonicalizerTests
{
    [Theory]
    [InlineData("https://News.Example.com/a/b/?utm_source=rss&utm_medium=x&id=3#comments", "https://news.example.com/a/b?id=3")]
    [InlineData("https://example.com/a?fbclid=abc&b=2&a=1", "https://example.com/a?a=1&b=2")]
    [InlineData("http://example.com:80/", "http://example.com/")]
    public void Canonicalize_DropsTrackingFragmentAndOrder(string link, string expected) =>
        Assert.Equal(expected, LinkCanonicalizer.Canonicalize(new Uri(link)));

    [Fact]
    public void Canonicalize_NoLink_IsNull() => Assert.Null(LinkCanonicalizer.Canonicalize(null));
}
