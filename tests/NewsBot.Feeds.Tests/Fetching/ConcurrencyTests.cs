using Microsoft.Extensions.Options;
using NewsBot.Core.Feeds;
using NewsBot.Feeds.Fetching;
using NewsBot.Feeds.Tests.Support;

namespace NewsBot.Feeds.Tests.Fetching;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task ReadAsync_ManyFeedsOnOneHost_AtMostTheConfiguredNumberInFlight()
    {
        var inFlight = 0;
        var mostInFlight = 0;
        await using var server = await FeedServer.StartAsync(async context =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref mostInFlight, now);
            await Task.Delay(TimeSpan.FromMilliseconds(150), context.RequestAborted);
            Interlocked.Decrement(ref inFlight);
            await FeedServer.WriteAsync(context, FeedServer.Rss);
        });
        await using var services = FeedsServices.Build(new Dictionary<string, string?> { ["FeedFetching:MaxConcurrentRequestsPerHost"] = "2" });
        var reader = services.Reader();

        var reads = Enumerable.Range(0, 6).Select(i =>
            reader.ReadAsync(FeedsServices.HttpFeed(server.Url($"feed{i}.xml")), ConditionalRequest.None, CancellationToken.None));
        var results = await Task.WhenAll(reads);

        Assert.All(results, result => Assert.Equal(2, result.ConvertAll().Count));
        Assert.Equal(2, mostInFlight);
    }

    [Fact]
    public async Task AcquireAsync_OtherHost_NotHeldUpByABusyHost()
    {
        var limiter = new HostRequestLimiter(Options.Create(new FeedFetchingOptions { MaxConcurrentRequestsPerHost = 1 }));
        using var busy = await limiter.AcquireAsync(new Uri("https://a.example/feed"), CancellationToken.None);

        var sameHost = limiter.AcquireAsync(new Uri("https://A.example/other"), CancellationToken.None);
        using var otherHost = await limiter.AcquireAsync(new Uri("https://b.example/feed"), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(sameHost.IsCompleted);
        busy.Dispose();
        using var released = await sameHost.WaitAsync(TimeSpan.FromSeconds(5));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
