using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Feeds;
using NewsBot.Feeds.Fetching.Addresses;
using NewsBot.Feeds.Tests.Support;
using NewsBot.Testing.Http;

namespace NewsBot.Feeds.Tests.Fetching.Addresses;

/// <summary>
/// SSRF: a feed reaches a non-public address only when it was configured with it, and then only
/// that host and port. Every server here is on 127.0.0.1; "public" names are given by a fake
/// resolver, and a fake classifier lets 127.0.0.1 play a public server.
/// </summary>
public sealed class PrivateAddressTests
{
    [Fact]
    public async Task ReadAsync_LoopbackFeedRedirectsToAnotherLoopbackPort_RefusedWithoutAskingIt()
    {
        await using var admin = await FeedServer.ServingAsync(FeedServer.Rss);
        await using var feed = await RedirectingAsync(admin.Url("admin/feed.xml"));

        var error = await HttpFailureTests.ReadExpectingFailureAsync(feed.Url("feed.xml"));

        Assert.Equal(FeedReadFailure.Refused, error.Failure);
        Assert.Contains("loopback", error.Message, StringComparison.Ordinal);
        Assert.Empty(admin.Requests);
    }

    [Theory]
    [InlineData("http://localhost:{0}/feed.xml")]
    [InlineData("http://[::1]:{0}/feed.xml")]
    [InlineData("http://127.0.0.2:{0}/feed.xml")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.0.0.1/admin")]
    public async Task ReadAsync_LoopbackFeedRedirectsToOtherInternalPlaces_Refused(string target)
    {
        await using var other = await FeedServer.ServingAsync(FeedServer.Rss);
        await using var feed = await RedirectingAsync(new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, target, other.BaseAddress.Port)));

        var error = await HttpFailureTests.ReadExpectingFailureAsync(feed.Url("feed.xml"));

        Assert.Equal(FeedReadFailure.Refused, error.Failure);
        Assert.Empty(other.Requests);
    }

    [Fact]
    public async Task ReadAsync_PublicNameResolvingToLoopback_RefusedAtConnect()
    {
        await using var server = await FeedServer.ServingAsync(FeedServer.Rss);
        await using var services = FeedsServices.Build(replace: Resolving(new() { ["news.example.com"] = "127.0.0.1" }));

        var error = await Assert.ThrowsAsync<FeedReadException>(() => services.Reader().ReadAsync(
            FeedsServices.HttpFeed(new Uri($"http://news.example.com:{server.BaseAddress.Port}/feed.xml")), ConditionalRequest.None, CancellationToken.None));

        Assert.Equal(FeedReadFailure.Refused, error.Failure);
        Assert.Contains("news.example.com resolves to 127.0.0.1, a loopback address", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task ReadAsync_AllowedPrivateHostResolvingToLoopback_Read()
    {
        await using var server = await FeedServer.ServingAsync(FeedServer.Rss);
        await using var services = FeedsServices.Build(
            new Dictionary<string, string?> { ["FeedFetching:AllowedPrivateHosts:0"] = "feeds.intranet.test" },
            replace: Resolving(new() { ["feeds.intranet.test"] = "127.0.0.1" }));

        var result = await services.Reader().ReadAsync(
            FeedsServices.HttpFeed(new Uri($"http://feeds.intranet.test:{server.BaseAddress.Port}/feed.xml")), ConditionalRequest.None, CancellationToken.None);

        Assert.Equal(2, result.ConvertAll().Count);
    }

    [Fact]
    public async Task ReadAsync_PublicFeedRedirectsToNameResolvingInternal_Refused()
    {
        await using var server = await FeedServer.StartAsync(context =>
        {
            context.Response.Redirect($"http://intranet.test:{context.Request.Host.Port}/admin");
            return Task.CompletedTask;
        });
        await using var services = FeedsServices.Build(replace: PublicLoopback(new() { ["news.example.com"] = "127.0.0.1", ["intranet.test"] = "127.0.0.2" }));

        var error = await Assert.ThrowsAsync<FeedReadException>(() => services.Reader().ReadAsync(
            FeedsServices.HttpFeed(new Uri($"http://news.example.com:{server.BaseAddress.Port}/feed.xml")), ConditionalRequest.None, CancellationToken.None));

        Assert.Equal(FeedReadFailure.Refused, error.Failure);
        Assert.Contains("intranet.test resolves to 127.0.0.2, a loopback address", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task ReadAsync_PublicFeedRedirectsToAnotherPublicHost_Followed()
    {
        await using var target = await FeedServer.ServingAsync(FeedServer.Rss);
        await using var feed = await RedirectingAsync(new Uri($"http://cdn.example.net:{target.BaseAddress.Port}/feed.xml"));
        await using var services = FeedsServices.Build(replace: PublicLoopback(new() { ["news.example.com"] = "127.0.0.1", ["cdn.example.net"] = "127.0.0.1" }));

        var result = await services.Reader().ReadAsync(
            FeedsServices.HttpFeed(new Uri($"http://news.example.com:{feed.BaseAddress.Port}/feed.xml")), ConditionalRequest.None, CancellationToken.None);

        Assert.Equal(2, result.ConvertAll().Count);
        Assert.Single(target.Requests);
    }

    [Fact]
    public async Task ReadAsync_Refused_OneWarningNamingTheFeedAndCountedAsAFailure()
    {
        await using var admin = await FeedServer.ServingAsync(FeedServer.Rss);
        await using var feed = await RedirectingAsync(admin.Url("admin"));
        var poll = await FeedPolling.PollOnceAsync(feed.Url("feed.xml"));

        Assert.Equal(FeedPollOutcome.Failed, poll.Result.Outcome);
        Assert.Equal(1, poll.State.ConsecutiveFailures);
        var warning = Assert.Single(poll.Logs, entry => entry.Level >= Microsoft.Extensions.Logging.LogLevel.Warning);
        Assert.Contains(FeedPolling.FeedName, warning.Message, StringComparison.Ordinal);
        Assert.Contains("Refused", warning.Message, StringComparison.Ordinal);
        Assert.Contains("loopback", warning.Message, StringComparison.Ordinal);
    }

    private static Task<LoopbackHttpServer> RedirectingAsync(Uri target) => FeedServer.StartAsync(context =>
    {
        context.Response.Redirect(target.AbsoluteUri);
        return Task.CompletedTask;
    });

    private static Action<IServiceCollection> Resolving(Dictionary<string, string> table) =>
        services => services.AddSingleton<IHostResolver>(new FakeHostResolver(table));

    private static Action<IServiceCollection> PublicLoopback(Dictionary<string, string> table) => services =>
    {
        services.AddSingleton<IHostResolver>(new FakeHostResolver(table));
        services.AddSingleton<IAddressClassifier>(new LoopbackCountsAsPublic());
    };
}
