using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using NewsBot.Core.Feeds;
using NewsBot.Feeds.Tests.Support;

namespace NewsBot.Feeds.Tests.Fetching;

public sealed class ConditionalGetTests
{
    private static readonly DateTimeOffset Changed = new(2024, 10, 25, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ReadAsync_ETagRoundTrip_SecondReadIsNotModified()
    {
        await using var server = await FeedServer.StartAsync(async context =>
        {
            if (context.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            context.Response.Headers.ETag = "\"v1\"";
            await FeedServer.WriteAsync(context, FeedServer.Rss);
        });
        await using var services = FeedsServices.Build();
        var feed = FeedsServices.HttpFeed(server.Url("feed.xml"));

        var first = await services.Reader().ReadAsync(feed, ConditionalRequest.None, CancellationToken.None);
        var second = await services.Reader().ReadAsync(feed, new ConditionalRequest(first.ETag, first.LastModified), CancellationToken.None);

        Assert.True(first.Modified);
        Assert.Equal(2, first.ConvertAll().Count);
        Assert.Equal("\"v1\"", first.ETag);
        Assert.Null(server.Requests[0].Header(HeaderNames.IfNoneMatch));
        Assert.Equal("\"v1\"", server.Requests[1].Header(HeaderNames.IfNoneMatch));
        Assert.False(second.Modified);
        Assert.Empty(second.ConvertAll());
        Assert.Equal("\"v1\"", second.ETag);
    }

    [Fact]
    public async Task ReadAsync_WeakETag_SentBackExactly()
    {
        await using var server = await FeedServer.StartAsync(async context =>
        {
            context.Response.Headers.ETag = "W/\"abc-123\"";
            await FeedServer.WriteAsync(context, FeedServer.Rss);
        });
        await using var services = FeedsServices.Build();
        var feed = FeedsServices.HttpFeed(server.Url("feed.xml"));

        var first = await services.Reader().ReadAsync(feed, ConditionalRequest.None, CancellationToken.None);
        await services.Reader().ReadAsync(feed, new ConditionalRequest(first.ETag, null), CancellationToken.None);

        Assert.Equal("W/\"abc-123\"", first.ETag);
        Assert.Equal("W/\"abc-123\"", server.Requests[1].Header(HeaderNames.IfNoneMatch));
    }

    [Fact]
    public async Task ReadAsync_LastModifiedRoundTrip_SecondReadIsNotModified()
    {
        await using var server = await FeedServer.StartAsync(async context =>
        {
            var since = context.Request.GetTypedHeaders().IfModifiedSince;
            if (since >= Changed)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            context.Response.GetTypedHeaders().LastModified = Changed;
            await FeedServer.WriteAsync(context, FeedServer.Rss);
        });
        await using var services = FeedsServices.Build();
        var feed = FeedsServices.HttpFeed(server.Url("feed.xml"));

        var first = await services.Reader().ReadAsync(feed, ConditionalRequest.None, CancellationToken.None);
        var second = await services.Reader().ReadAsync(feed, new ConditionalRequest(first.ETag, first.LastModified), CancellationToken.None);

        Assert.Equal(Changed, first.LastModified);
        Assert.Null(first.ETag);
        Assert.Equal("Fri, 25 Oct 2024 08:00:00 GMT", server.Requests[1].Header(HeaderNames.IfModifiedSince));
        Assert.False(second.Modified);
        Assert.Equal(Changed, second.LastModified);
    }

    [Fact]
    public async Task ReadAsync_ServerIgnoresValidators_FullResultWithNewValidators()
    {
        var version = 0;
        await using var server = await FeedServer.StartAsync(async context =>
        {
            context.Response.Headers.ETag = $"\"v{Interlocked.Increment(ref version)}\"";
            await FeedServer.WriteAsync(context, FeedServer.Rss);
        });
        await using var services = FeedsServices.Build();

        var result = await services.Reader().ReadAsync(FeedsServices.HttpFeed(server.Url("feed.xml")), new ConditionalRequest("\"v0\"", Changed), CancellationToken.None);

        Assert.True(result.Modified);
        Assert.Equal("\"v1\"", result.ETag);
        Assert.Equal(2, result.ConvertAll().Count);
    }
}
