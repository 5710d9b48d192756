using Microsoft.Net.Http.Headers;
using NewsBot.Core.Feeds;
using NewsBot.Feeds.Parsing;
using NewsBot.Feeds.Tests.Parsing;
using NewsBot.Feeds.Tests.Support;

namespace NewsBot.Feeds.Tests.Fetching;

public sealed class RequestTests
{
    [Fact]
    public async Task ReadAsync_AnyFeed_SendsTheConfiguredUserAgent()
    {
        await using var server = await FeedServer.ServingAsync(FeedServer.Rss);
        await using var services = FeedsServices.Build(new Dictionary<string, string?> { ["FeedFetching:UserAgent"] = "NewsBot/9.9 (+https://bot.example.invalid)" });

        await services.Reader().ReadAsync(FeedsServices.HttpFeed(server.Url("feed.xml")), ConditionalRequest.None, CancellationToken.None);

        Assert.Equal("NewsBot/9.9 (+https://bot.example.invalid)", server.Requests[0].Header(HeaderNames.UserAgent));
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/octet-stream")]
    [InlineData("text/plain")]
    public async Task ReadAsync_WrongContentType_FormatFoundFromTheBody(string contentType)
    {
        await using var rss = await FeedServer.ServingAsync(FeedServer.Rss, contentType);
        await using var json = await FeedServer.ServingAsync(FeedDocuments.JsonFeed, contentType);
        await using var services = FeedsServices.Build();

        var fromRss = await services.Reader().ReadAsync(FeedsServices.HttpFeed(rss.Url("feed")), ConditionalRequest.None, CancellationToken.None);
        var fromJson = await services.Reader().ReadAsync(FeedsServices.HttpFeed(json.Url("feed")), ConditionalRequest.None, CancellationToken.None);

        Assert.Equal(2, fromRss.ConvertAll().Count);
        Assert.Equal(3, fromJson.ConvertAll().Count);
    }

    [Fact]
    public async Task ReadAsync_RelativeLinks_ResolvedAgainstTheAddressAfterRedirects()
    {
        await using var server = await FeedServer.StartAsync(context =>
        {
            if (context.Request.Path == "/old/feed.xml")
            {
                context.Response.Redirect("/new/feeds/rss.xml", permanent: true);
                return Task.CompletedTask;
            }

            return FeedServer.WriteAsync(context, FeedServer.Rss.Replace("<link>/articles/1</link>", "<link>articles/1</link>", StringComparison.Ordinal));
        });
        await using var services = FeedsServices.Build();

        var result = await services.Reader().ReadAsync(FeedsServices.HttpFeed(server.Url("old/feed.xml")), ConditionalRequest.None, CancellationToken.None);

        Assert.Equal(server.Url("new/feeds/articles/1"), result.ConvertAll()[0].Link);
        Assert.Equal(server.Url("articles/2"), result.ConvertAll()[1].Link);
    }

    [Fact]
    public async Task ReadAsync_Ok_ItemsAreCleanText()
    {
        await using var server = await FeedServer.ServingAsync(FeedServer.Rss);
        await using var services = FeedsServices.Build();

        var result = await services.Reader().ReadAsync(FeedsServices.HttpFeed(server.Url("feed.xml")), ConditionalRequest.None, CancellationToken.None);

        Assert.True(result.Modified);
        Assert.Equal("Un premier texte.", result.ConvertAll()[0].Text);
        Assert.Equal("a-1", result.ConvertAll()[0].ExternalId);
        Assert.Equal(FeedFormat.Rss, FeedDocumentParser.Parse(FeedDocuments.Utf8(FeedServer.Rss), server.BaseAddress, 1_000_000).Format);
    }
}
