using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NewsBot.Hosting;
using NewsBot.Scheduling;
using NewsBot.Testing;
using NewsBot.Testing.Http;
using Quartz;

namespace NewsBot.Tests.Scheduling;

/// <summary>
/// `run` with more hanging feeds than Quartz's default ten threads (the soak's diagnosis, issue 20): while they
/// hang, every other feed is still polled, through the real scheduler, reader, pipeline and SQLite store.
/// </summary>
public sealed class SlowFeedTests : IAsyncLifetime, IDisposable
{
    private const int Slow = 12;
    private const int Fast = 8;

    // Generous: on a loaded machine polls take seconds; the slow feeds are released as soon as the fast ones are in.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    private readonly TempDirectory _root = new();
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LoopbackHttpServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackHttpServer.StartAsync(ServeAsync, CancellationToken.None);

    public async Task DisposeAsync()
    {
        _release.TrySetResult();
        await _server.DisposeAsync();
    }

    public void Dispose() => _root.Dispose();

    private async Task ServeAsync(HttpContext context)
    {
        var name = context.Request.Path.Value!.Trim('/');
        if (name.StartsWith("slow", StringComparison.Ordinal))
        {
            await _release.Task.WaitAsync(Bound, context.RequestAborted);
        }

        context.Response.ContentType = "application/rss+xml";
        await context.Response.WriteAsync(
            $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>{name}</title><item><guid>{name}-1</guid><title>Flood in {name}</title>" +
            $"<link>http://{name}.example/1</link><description>The river rose overnight in {name}.</description></item></channel></rss>");
    }

    [Fact]
    public async Task Run_MoreHangingFeedsThanQuartzsDefaultThreads_TheOtherFeedsArePolledMeanwhile()
    {
        var feeds = Enumerable.Range(0, Slow).Select(i => Name("slow", i)).Concat(Enumerable.Range(0, Fast).Select(i => Name("fast", i))).ToList();
        var entries = string.Join(",", feeds.Select(f => $$"""{ "Name": "{{f}}", "Url": "{{_server.Url(f)}}", "IntervalMinutes": 600 }"""));
        await File.WriteAllTextAsync(_root.File("appsettings.json"), $$"""
            { "Storage": { "ConnectionString": "Data Source=data/run.db" },
              "Feeds": [ {{entries}} ],
              "FeedFetching": { "MaxConcurrentRequestsPerHost": 64, "TimeoutSeconds": 300 },
              "Delivery": { "IntervalSeconds": 3600 } }
            """);
        using var logs = new FakeLoggerProvider();
        using var host = NewsBotHost.Build(new HostSetup
        {
            ContentRoot = _root.Path,
            Output = TextWriter.Null,
            Scheduler = true,
            ConfigureServices = services => services.AddSingleton<ILoggerProvider>(logs),
        });
        await host.StartAsync();
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        foreach (var feed in feeds.Take(Slow))
        {
            await scheduler.TriggerJob(FeedPollJob.KeyFor(feed));
        }

        var allSlowHanging = await WaitUntilAsync(() => Requested("slow") == Slow);
        foreach (var feed in feeds.Skip(Slow))
        {
            await scheduler.TriggerJob(FeedPollJob.KeyFor(feed));
        }

        var allFastPolled = await WaitUntilAsync(() => PolledWithNewArticle(logs, "fast") == Fast);
        var slowStillHanging = !_release.Task.IsCompleted;
        _release.TrySetResult();
        var slowPolledAfterwards = await WaitUntilAsync(() => PolledWithNewArticle(logs, "slow") == Slow);
        await host.StopAsync();

        Assert.True(allSlowHanging, $"{Requested("slow")} of the {Slow} slow feeds were asked for");
        Assert.True(allFastPolled, $"{PolledWithNewArticle(logs, "fast")} of the {Fast} other feeds were polled while the slow ones hung");
        Assert.True(slowStillHanging);
        Assert.True(slowPolledAfterwards, $"{PolledWithNewArticle(logs, "slow")} of the {Slow} slow feeds finished their poll once answered");
    }

    private static string Name(string kind, int i) => kind + "-" + i.ToString(CultureInfo.InvariantCulture);

    private int Requested(string kind) =>
        _server.Requests.Select(r => r.PathAndQuery).Distinct().Count(p => p.StartsWith("/" + kind, StringComparison.Ordinal));

    private static int PolledWithNewArticle(FakeLoggerProvider logs, string kind) =>
        logs.Collector.GetSnapshot().Count(r => r.Id.Id == 6040 && r.Message.StartsWith("Feed " + kind, StringComparison.Ordinal) && r.Message.Contains("1 new", StringComparison.Ordinal));

    private static async Task<bool> WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }
}
