using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using NewsBot.Core.Feeds;
using NewsBot.Feeds.Tests.Support;

namespace NewsBot.Feeds.Tests.Fetching;

public sealed class HttpFailureTests
{
    [Theory]
    [InlineData(StatusCodes.Status500InternalServerError)]
    [InlineData(StatusCodes.Status404NotFound)]
    [InlineData(StatusCodes.Status403Forbidden)]
    [InlineData(StatusCodes.Status503ServiceUnavailable)]
    public async Task ReadAsync_ErrorStatus_ThrowsHttpStatusWithTheCode(int status)
    {
        await using var server = await FeedServer.StartAsync(context =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        });

        var error = await ReadExpectingFailureAsync(server.Url("feed.xml"));

        Assert.Equal(FeedReadFailure.HttpStatus, error.Failure);
        Assert.Equal(status, error.StatusCode);
    }

    [Fact]
    public async Task ReadAsync_BodyIsNotAFeed_ThrowsMalformed()
    {
        await using var server = await FeedServer.ServingAsync("<!DOCTYPE html><html><body>Maintenance</body></html>", "text/html");

        var error = await ReadExpectingFailureAsync(server.Url("feed.xml"));

        Assert.Equal(FeedReadFailure.Malformed, error.Failure);
    }

    [Fact]
    public async Task ReadAsync_ServerNeverAnswers_ThrowsTimeoutAfterTheConfiguredTime()
    {
        await using var server = await FeedServer.StartAsync(FeedServer.HangAsync);
        var clock = Stopwatch.StartNew();

        var error = await ReadExpectingFailureAsync(server.Url("feed.xml"), new Dictionary<string, string?> { ["FeedFetching:TimeoutSeconds"] = "1" });

        Assert.Equal(FeedReadFailure.Timeout, error.Failure);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task ReadAsync_BodyStallsHalfway_ThrowsTimeout()
    {
        await using var server = await FeedServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync("<rss version=\"2.0\"><channel>", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await FeedServer.HangAsync(context);
        });

        var error = await ReadExpectingFailureAsync(server.Url("feed.xml"), new Dictionary<string, string?> { ["FeedFetching:TimeoutSeconds"] = "1" });

        Assert.Equal(FeedReadFailure.Timeout, error.Failure);
    }

    [Fact]
    public async Task ReadAsync_CallerCancels_OperationCanceledNotAFeedFailure()
    {
        await using var server = await FeedServer.StartAsync(FeedServer.HangAsync);
        await using var services = FeedsServices.Build();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            services.Reader().ReadAsync(FeedsServices.HttpFeed(server.Url("feed.xml")), ConditionalRequest.None, cancellation.Token));

        Assert.Equal(cancellation.Token, error.CancellationToken);
    }

    [Fact]
    public async Task ReadAsync_NothingListening_ThrowsNetwork()
    {
        var error = await ReadExpectingFailureAsync(new Uri($"http://127.0.0.1:{UnusedPort()}/feed.xml"));

        Assert.Equal(FeedReadFailure.Network, error.Failure);
    }

    [Fact]
    public async Task ReadAsync_ConnectionDroppedMidBody_ThrowsNetwork()
    {
        await using var server = await FeedServer.StartAsync(async context =>
        {
            context.Response.ContentLength = 10_000;
            await context.Response.WriteAsync("<rss version=\"2.0\">", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            context.Abort();
        });

        var error = await ReadExpectingFailureAsync(server.Url("feed.xml"));

        Assert.Equal(FeedReadFailure.Network, error.Failure);
    }

    [Fact]
    public async Task ReadAsync_FeedWithoutUrl_ThrowsNotFound()
    {
        await using var services = FeedsServices.Build();
        var feed = new FeedDefinition { Name = "no-url", Interval = TimeSpan.FromMinutes(10) };

        var error = await Assert.ThrowsAsync<FeedReadException>(() => services.Reader().ReadAsync(feed, ConditionalRequest.None, CancellationToken.None));

        Assert.Equal(FeedReadFailure.NotFound, error.Failure);
    }

    internal static async Task<FeedReadException> ReadExpectingFailureAsync(Uri url, IDictionary<string, string?>? settings = null)
    {
        await using var services = FeedsServices.Build(settings);
        return await Assert.ThrowsAsync<FeedReadException>(() =>
            services.Reader().ReadAsync(FeedsServices.HttpFeed(url), ConditionalRequest.None, CancellationToken.None));
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
