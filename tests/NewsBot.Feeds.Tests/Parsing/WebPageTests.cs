using NewsBot.Core.Feeds;
using NewsBot.Feeds.Html;
using NewsBot.Feeds.Parsing;
using NewsBot.Feeds.Tests.Fetching;
using NewsBot.Feeds.Tests.Support;

namespace NewsBot.Feeds.Tests.Parsing;

public sealed class WebPageTests
{
    private const string PageWithoutFeed = """
        <!DOCTYPE html>
        <html lang="fr"><head><title>Le Journal</title></head><body><h1>Accueil</h1><p>Bienvenue.</p></body></html>
        """;

    [Theory]
    [InlineData(PageWithoutFeed)]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- served as XHTML -->\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>x</p></body></html>")]
    [InlineData("<!doctype HTML><title>x</title>")]
    [InlineData("\n\n<head><meta charset=utf-8></head><body>Maintenance</body>")]
    public void Parse_HtmlPage_SaysItIsAWebPageNotAFeed(string page)
    {
        var error = Assert.Throws<FeedReadException>(() => FeedDocumentParser.Parse(FeedDocuments.Utf8(page), FeedDocuments.FeedUrl, 1_000_000));

        Assert.Equal(FeedReadFailure.Malformed, error.Failure);
        Assert.Contains("is a web page, not a feed", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("DtdProcessing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FeedLinks_AlternateFeedsOfEachType_ResolvedInPageOrder()
    {
        const string page = """
            <html><head>
              <link rel="stylesheet" type="text/css" href="/style.css">
              <link rel="alternate" hreflang="en" href="/en/">
              <link rel="alternate" type="application/atom+xml" href="atom.xml">
              <link rel="Alternate" type="application/rss+xml; charset=utf-8" href="/rss">
              <link rel="alternate" type="application/feed+json" href="https://json.example.org/feed.json">
              <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
            </head><body></body></html>
            """;

        var links = WebPage.FeedLinks(page, new Uri("https://news.example.org/section/index.html"));

        Assert.Equal(
            [new Uri("https://news.example.org/section/atom.xml"), new Uri("https://news.example.org/rss"), new Uri("https://json.example.org/feed.json")],
            links);
    }

    [Fact]
    public async Task ReadAsync_PageLinkingItsFeed_FeedReadInstead()
    {
        await using var server = await FeedServer.StartAsync(context => context.Request.Path == "/feeds/main.xml"
            ? FeedServer.WriteAsync(context, FeedServer.Rss)
            : FeedServer.WriteAsync(context, """
                <!DOCTYPE html><html><head>
                <link rel="alternate" type="application/rss+xml" title="Le flux" href="/feeds/main.xml">
                </head><body>Home</body></html>
                """, "text/html"));
        await using var services = FeedsServices.Build();

        var result = await services.Reader().ReadAsync(FeedsServices.HttpFeed(server.Url("")), ConditionalRequest.None, CancellationToken.None);

        Assert.Equal(["Première dépêche", "Deuxième dépêche"], result.ConvertAll().Select(item => item.Title));
        Assert.Equal(server.Url("articles/1"), result.ConvertAll()[0].Link);
        Assert.Equal(["/", "/feeds/main.xml"], server.Requests.Select(request => request.PathAndQuery));
    }

    [Fact]
    public async Task ReadAsync_PageLinkingAFeedOnAnotherLoopbackPort_Refused()
    {
        await using var other = await FeedServer.ServingAsync(FeedServer.Rss);
        await using var server = await FeedServer.ServingAsync(
            $"<!DOCTYPE html><html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"{other.Url("feed.xml")}\"></head></html>", "text/html");

        var error = await HttpFailureTests.ReadExpectingFailureAsync(server.Url(""));

        Assert.Equal(FeedReadFailure.Refused, error.Failure);
        Assert.Empty(other.Requests);
    }

    [Fact]
    public async Task ReadAsync_PageWithoutFeedLink_WebPageNotAFeed()
    {
        await using var server = await FeedServer.ServingAsync(PageWithoutFeed, "text/html");

        var error = await HttpFailureTests.ReadExpectingFailureAsync(server.Url(""));

        Assert.Equal(FeedReadFailure.Malformed, error.Failure);
        Assert.Contains("is a web page, not a feed, and it links no feed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_PageLinkingAnotherPage_StopsAfterOneHop()
    {
        await using var server = await FeedServer.StartAsync(context => FeedServer.WriteAsync(context, """
            <!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="/next"></head></html>
            """, "text/html"));

        var error = await HttpFailureTests.ReadExpectingFailureAsync(server.Url(""));

        Assert.Equal(FeedReadFailure.Malformed, error.Failure);
        Assert.Contains("is a web page too", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count);
    }
}
