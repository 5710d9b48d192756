using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Hosting;
using NewsBot.Testing;
using NewsBot.Testing.Postgres;

namespace NewsBot.Tests.Scaling;

/// <summary>
/// Several NewsBot nodes in one test process: separate hosts (each with its own scheduler, connection pools
/// and transport) on one PostgreSQL database, as separate machines would be.
/// </summary>
internal sealed class TestCluster : IAsyncDisposable
{
    private readonly TempDirectory _root = new();
    private readonly List<IHost> _hosts = [];

    private TestCluster(PostgresTestDatabase database, int feeds)
    {
        Database = database;
        Directory.CreateDirectory(_root.File("inbox"));
        // An hour: the configured first polls (spread over the interval) come long after the tests, which
        // speed the stored triggers up themselves and count every poll.
        var feedList = string.Join(",\n", Enumerable.Range(1, feeds).Select(i => $$"""{ "Name": "feed-{{i}}", "Folder": "inbox", "IntervalMinutes": 60 }"""));
        File.WriteAllText(_root.File("appsettings.json"), $$"""
            {
              "Feeds": [ {{feedList}} ],
              "Delivery": { "IntervalSeconds": 1, "LeaseSeconds": 10, "BatchSize": 100 }
            }
            """);
    }

    public PostgresTestDatabase Database { get; }

    public CountingFeedReader Feeds { get; } = new();

    public ClusterTransport Chat { get; } = new();

    public static async Task<TestCluster> CreateAsync(int feeds = 0) => new(await PostgresTestDatabase.CreateAsync(), feeds);

    /// <summary>
    /// Builds and starts a node; its sessions carry <paramref name="name"/> as their application name. <paramref name="settings"/>
    /// change this node's configuration (e.g. a feed's interval, as a node started with edited settings).
    /// </summary>
    public async Task<IHost> StartNodeAsync(string name, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var overrides = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = $"{Database.ConnectionString};Application Name={name};Maximum Pool Size=30",
            ["Storage:LeaseCheckSeconds"] = "1",
            ["Scheduling:NodeName"] = name,
            ["Scheduling:ClusterCheckinSeconds"] = "1",
            ["Topics:FollowSeconds"] = "1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        var host = NewsBotHost.Build(new HostSetup
        {
            ContentRoot = _root.Path,
            Output = TextWriter.Null,
            Scheduler = true,
            MinimumLogLevel = LogLevel.Warning,
            Overrides = overrides,
            ConfigureServices = services =>
            {
                services.AddSingleton(Feeds.For(name));
                services.AddSingleton(Chat.For(name));
            },
        });
        lock (_hosts)
        {
            _hosts.Add(host);
        }

        await host.StartAsync();
        return host;
    }

    /// <summary>
    /// Kills a node the way a crash would: its scheduler halts without finishing or handing back what it
    /// runs, its database sessions end, and the host is thrown away without being stopped.
    /// </summary>
    public async Task KillAsync(IHost node, string name)
    {
        lock (_hosts)
        {
            _hosts.Remove(node);
        }

        var scheduler = await node.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();
        _ = scheduler.Shutdown(waitForJobsToComplete: false).AsTask();
        await Database.TerminateSessionsAsync(name);
        node.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await host.StopAsync(timeout.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or AggregateException)
            {
                // A node the test killed is already gone.
            }

            host.Dispose();
        }

        await Database.DisposeAsync();
        _root.Dispose();
    }
}
