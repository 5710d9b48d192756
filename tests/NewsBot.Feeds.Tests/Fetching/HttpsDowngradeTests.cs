using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Feeds;
using NewsBot.Feeds.Fetching;
using NewsBot.Feeds.Fetching.Addresses;
using NewsBot.Feeds.Tests.Fetching.Addresses;
using NewsBot.Feeds.Tests.Support;
using NewsBot.Testing.Http;

namespace NewsBot.Feeds.Tests.Fetching;

/// <summary>
/// A feed read over https never steps down to http on a redirect. The feed is on a real HTTPS loopback
/// server whose self-signed certificate the feed client trusts in these tests only; 127.0.0.1 plays a
/// public server, so that the address rules cannot be what stops the redirect.
/// </summary>
public sealed class HttpsDowngradeTests
{
    [Fact]
    public async Task ReadAsync_HttpsFeedRedirectsToHttp_RefusedAsADowngradeWithoutAskingTheHttpServer()
    {
        await using var plain = await FeedServer.ServingAsync(FeedServer.Rss);
        using var certificate = LoopbackCertificate.Create();
        await using var secure = await SecureAsync(certificate, RedirectTo(plain.Url("feed.xml")));
        await using var services = Build(certificate);

        var error = await Assert.ThrowsAsync<FeedReadException>(() =>
            services.Reader().ReadAsync(FeedsServices.HttpFeed(secure.Url("feed.xml")), ConditionalRequest.None, CancellationToken.None));

        Assert.Equal(FeedReadFailure.Refused, error.Failure);
        Assert.Contains($"{secure.Url("feed.xml")} redirects from https down to http ({plain.Url("feed.xml")})", error.Message, StringComparison.Ordinal);
        Assert.Single(secure.Requests);
        Assert.Empty(plain.Requests);
    }

    [Fact]
    public async Task ReadAsync_HttpsFeedRedirectsWithinHttps_FollowedOverTls()
    {
        using var certificate = LoopbackCertificate.Create();
        await using var secure = await SecureAsync(certificate, context => context.Request.Path == "/old"
            ? RedirectTo(new Uri("/feed.xml", UriKind.Relative))(context)
            : FeedServer.WriteAsync(context, FeedServer.Rss));
        await using var services = Build(certificate);

        var result = await services.Reader().ReadAsync(FeedsServices.HttpFeed(secure.Url("old")), ConditionalRequest.None, CancellationToken.None);

        Assert.Equal(2, result.ConvertAll().Count);
        Assert.Equal(["/old", "/feed.xml"], secure.Requests.Select(request => request.PathAndQuery));
    }

    [Fact]
    public async Task ReadAsync_HttpFeedRedirectsToAnotherHttpServer_Followed()
    {
        // The same two kinds of server and the same address rules as the refusal above: only the scheme differs.
        await using var plain = await FeedServer.ServingAsync(FeedServer.Rss);
        await using var first = await FeedServer.StartAsync(RedirectTo(plain.Url("feed.xml")));
        using var certificate = LoopbackCertificate.Create();
        await using var services = Build(certificate);

        var result = await services.Reader().ReadAsync(FeedsServices.HttpFeed(first.Url("feed.xml")), ConditionalRequest.None, CancellationToken.None);

        Assert.Equal(2, result.ConvertAll().Count);
        Assert.Single(plain.Requests);
    }

    private static Task<LoopbackHttpServer> SecureAsync(X509Certificate2 certificate, RequestDelegate handler) =>
        LoopbackHttpServer.StartAsync(handler, new LoopbackServerOptions { Certificate = certificate }, CancellationToken.None);

    private static RequestDelegate RedirectTo(Uri target) => context =>
    {
        context.Response.Redirect(target.OriginalString);
        return Task.CompletedTask;
    };

    /// <summary>
    /// The feeds wired as the host wires them (the production handler, its address guard at connect time),
    /// the handler trusting this one certificate besides the system's.
    /// </summary>
    private static ServiceProvider Build(X509Certificate2 certificate) => FeedsServices.Build(replace: services =>
    {
        services.AddSingleton<IAddressClassifier>(new LoopbackCountsAsPublic());
        services.AddHttpClient(FeedDownloader.HttpClientName).ConfigurePrimaryHttpMessageHandler((handler, _) =>
            ((SocketsHttpHandler)handler).SslOptions.RemoteCertificateValidationCallback = (_, presented, _, errors) =>
                errors == System.Net.Security.SslPolicyErrors.None
                || (presented is not null && presented.GetCertHashString() == certificate.GetCertHashString()));
    });
}
