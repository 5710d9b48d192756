using System.Net;
using NewsBot.Core.Feeds;
using NewsBot.Feeds.Fetching;

namespace NewsBot.Feeds.Tests.Fetching;

/// <summary>The rule for one redirect hop, without a server.</summary>
public sealed class NextHopTests
{
    private static readonly Uri Feed = new("https://news.example/feed.xml");

    [Theory]
    [InlineData("http://news.example/feed.xml")]
    [InlineData("http://news.example:443/feed.xml")]
    [InlineData("HTTP://other.example/rss")]
    public void NextHop_HttpsToHttp_RefusedAsADowngrade(string location)
    {
        using var response = Redirect(location);

        var error = Assert.Throws<FeedReadException>(() => FeedDownloader.NextHop(Feed, Feed, response, [], 0));

        Assert.Equal(FeedReadFailure.Refused, error.Failure);
        Assert.Contains("redirects from https down to http", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NextHop_RelativeLocationOnHttps_StaysOnHttps()
    {
        using var response = Redirect("/moved/feed.xml");

        var next = FeedDownloader.NextHop(Feed, Feed, response, [], 0);

        Assert.Equal(new Uri("https://news.example/moved/feed.xml"), next);
    }

    [Theory]
    [InlineData("http://news.example/feed.xml", "https://news.example/feed.xml")]
    [InlineData("http://news.example/feed.xml", "http://mirror.example/feed.xml")]
    [InlineData("https://news.example/feed.xml", "https://mirror.example/feed.xml")]
    public void NextHop_UpgradeOrSameScheme_Followed(string current, string location)
    {
        using var response = Redirect(location);

        var next = FeedDownloader.NextHop(new Uri(current), new Uri(current), response, [], 0);

        Assert.Equal(new Uri(location), next);
    }

    [Fact]
    public void NextHop_DowngradeLaterInTheChain_RefusedNamingTheHopAndTheFeed()
    {
        var hop = new Uri("https://cdn.example/feed.xml");
        using var response = Redirect("http://cdn.example/feed.xml");

        var error = Assert.Throws<FeedReadException>(() => FeedDownloader.NextHop(new Uri("http://news.example/feed.xml"), hop, response, [], 2));

        Assert.StartsWith("http://news.example/feed.xml refused: https://cdn.example/feed.xml redirects from https down to http", error.Message, StringComparison.Ordinal);
    }

    private static HttpResponseMessage Redirect(string location)
    {
        var response = new HttpResponseMessage(HttpStatusCode.Found);
        response.Headers.Location = new Uri(location, UriKind.RelativeOrAbsolute);
        return response;
    }
}
