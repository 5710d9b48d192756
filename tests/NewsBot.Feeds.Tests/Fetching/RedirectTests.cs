using NewsBot.Core.Feeds;
using NewsBot.Feeds.Tests.Support;

namespace NewsBot.Feeds.Tests.Fetching;

public sealed class RedirectTests
{
    [Fact]
    public async Task ReadAsync_RedirectLoop_RefusedAsALoop()
    {
        await using var server = await FeedServer.StartAsync(context =>
        {
            context.Response.Redirect(context.Request.Path == "/a" ? "/b" : "/a");
            return Task.CompletedTask;
        });

        var error = await HttpFailureTests.ReadExpectingFailureAsync(server.Url("a"));

        Assert.Equal(FeedReadFailure.Refused, error.Failure);
        Assert.Contains("redirect loop", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task ReadAsync_SixRedirects_RefusedAfterTheFifth()
    {
        await using var server = await ChainAsync(6);

        var error = await HttpFailureTests.ReadExpectingFailureAsync(server.Url("r0"));

        Assert.Equal(FeedReadFailure.Refused, error.Failure);
        Assert.Contains("more than 5 redirects", error.Message, StringComparison.Ordinal);
        Assert.Equal(6, server.Requests.Count);
    }

    [Fact]
    public async Task ReadAsync_FiveRedirects_Followed()
    {
        await using var server = await ChainAsync(5);
        await using var services = FeedsServices.Build();

        var result = await services.Reader().ReadAsync(FeedsServices.HttpFeed(server.Url("r0")), ConditionalRequest.None, CancellationToken.None);

        Assert.Equal(2, result.ConvertAll().Count);
        Assert.Equal(6, server.Requests.Count);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://127.0.0.1/feed.xml")]
    [InlineData("gopher://127.0.0.1:70/_GET")]
    public async Task ReadAsync_RedirectToAnotherScheme_Refused(string target)
    {
        await using var server = await FeedServer.StartAsync(context =>
        {
            context.Response.Redirect(target);
            return Task.CompletedTask;
        });

        var error = await HttpFailureTests.ReadExpectingFailureAsync(server.Url("feed.xml"));

        Assert.Equal(FeedReadFailure.Refused, error.Failure);
        Assert.Contains("http and https only", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_RedirectWithoutLocation_ThrowsHttpStatus()
    {
        await using var server = await FeedServer.StartAsync(context =>
        {
            context.Response.StatusCode = 302;
            return Task.CompletedTask;
        });

        var error = await HttpFailureTests.ReadExpectingFailureAsync(server.Url("feed.xml"));

        Assert.Equal(FeedReadFailure.HttpStatus, error.Failure);
        Assert.Equal(302, error.StatusCode);
    }

    /// <summary>/r0 → /r1 → … → /r{count}, which serves the feed.</summary>
    private static Task<Testing.Http.LoopbackHttpServer> ChainAsync(int count) => FeedServer.StartAsync(context =>
    {
        var step = int.Parse(context.Request.Path.Value!.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture);
        if (step < count)
        {
            context.Response.Redirect($"/r{step + 1}");
            return Task.CompletedTask;
        }

        return FeedServer.WriteAsync(context, FeedServer.Rss);
    });
}
