using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Benchmarks.Delivery;
using NewsBot.Benchmarks.Match;
using NewsBot.Benchmarks.Soak;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Feeds;
using NewsBot.Core.Stories;
using NewsBot.Core.Subscriptions;
using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Scheduling;
using NewsBot.Storage;
using Quartz;

namespace NewsBot.Benchmarks.Memory;

/// <summary>
/// <c>memory</c>: where <c>run</c>'s memory goes with many subscriptions and feeds (issue 20). Builds the host's
/// long-lived state one component at a time — the active subscriptions as the SQLite store reads them, the topic
/// index over them, the story clusterer's window, Quartz with one job and trigger per feed as <c>run</c> lays
/// them out — and prints the live managed heap each adds (full compacting collections before and after). Then
/// churns as the running bot does (the store read again, articles matched and grouped) and prints the working
/// set. <c>--modes</c> runs the same in a child process per GC configuration and prints a table.
/// </summary>
internal static class MemoryBench
{
    public static int Run(string[] args)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine(MemoryOptions.Help);
            return 0;
        }

        MemoryOptions options;
        try
        {
            options = MemoryOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            Console.Error.WriteLine("memory: " + ex.Message);
            Console.Error.WriteLine(MemoryOptions.Help);
            return 2;
        }

        return options.Modes
            ? GcModes.Run(options, Console.Out)
            : RunAsync(options, Console.Out, CancellationToken.None).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(MemoryOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "newsbot-memory", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await output.WriteLineAsync(FormattableString.Invariant(
                $"# memory subscriptions={options.Subscriptions} feeds={options.Feeds} articles={options.Articles} rounds={options.Rounds} reload={options.Reload} {HeapProbe.Mode()} load={MachineLoad.Average()}")).ConfigureAwait(false);
            var workload = MatchWorkload.Load();
            var soak = new SoakOptions { Subscriptions = options.Subscriptions, Channels = 5_000 };
            await SoakSetup.SubscribeAsync(folder, soak, workload.Generator, cancellationToken).ConfigureAwait(false);
            await using var storage = Storage(folder);
            var store = storage.GetRequiredService<ISubscriptionStore>();
            var stories = BurstArticles.Create(workload.Generator, new Random(7), options.Articles)
                .Select((item, i) => new Article
                {
                    Id = i + 1,
                    FeedName = "wire",
                    Title = item.Title,
                    Text = item.Text,
                    ContentHash = i.ToString(CultureInfo.InvariantCulture),
                    FetchedAt = DateTimeOffset.UnixEpoch.AddSeconds(i / 2.0),
                }).ToArray();
            var analyzer = new ArticleAnalyzer();
            var analyses = stories.Select(a => analyzer.Analyze(a.Title, a.Text)).ToArray();

            var start = HeapProbe.Live();

            var index = await IndexAsync(store, workload.Aliases, start, output, cancellationToken).ConfigureAwait(false);
            var afterIndex = HeapProbe.Live();
            await output.WriteLineAsync(FormattableString.Invariant($"component {"subs+index held",-16} heap-mb={HeapProbe.Mb(afterIndex - start),7} (the store's list dropped: what the running bot keeps for its subscriptions)")).ConfigureAwait(false);
            await PartsAsync(store, workload.Aliases, output, cancellationToken).ConfigureAwait(false);
            afterIndex = HeapProbe.Live();

            var clusterer = new StoryClusterer(workload.Aliases);
            for (var i = 0; i < stories.Length; i++)
            {
                clusterer.Add(stories[i], analyses[i]);
            }

            var afterStories = HeapProbe.Live();
            await output.WriteLineAsync(Line("story-clusterer", afterIndex, afterStories) + FormattableString.Invariant($" articles={stories.Length} open-stories={clusterer.OpenStories}")).ConfigureAwait(false);

            await output.WriteLineAsync(ClaimedStories.Measure(stories, analyses, 1_000)).ConfigureAwait(false);

            // The feeds' settings are held by `run` whatever schedules them, so they are a line of their own.
            var configuration = FeedConfiguration(options.Feeds);
            var afterConfiguration = HeapProbe.Live();
            await output.WriteLineAsync(Line("feed-settings", afterStories, afterConfiguration) + FormattableString.Invariant($" feeds={options.Feeds} (the configuration's keys and values)")).ConfigureAwait(false);
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var started = Stopwatch.GetTimestamp();
            await using var quartz = QuartzAsRun(configuration);
            var scheduler = await LaidOutAsync(quartz, configuration, cancellationToken).ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(started);
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            var afterQuartz = HeapProbe.Live();
            var jobs = (await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), cancellationToken).ConfigureAwait(false)).Count;
            await output.WriteLineAsync(Line("quartz", afterConfiguration, afterQuartz) + FormattableString.Invariant(
                $" jobs={jobs} (not started; laying them out took {elapsed.TotalMilliseconds:0} ms and allocated {HeapProbe.Mb(allocated)} MB)")).ConfigureAwait(false);
            await output.WriteLineAsync(FormattableString.Invariant($"built heap-mb={HeapProbe.Mb(afterQuartz)} {HeapProbe.Process()}")).ConfigureAwait(false);

            // As the running bot: articles matched and grouped; with --reload the store read again each round too, as
            // the delivery run does every 10 s before wip/dispatch.
            var next = 0;
            for (var round = 0; round < options.Rounds; round++)
            {
                if (options.Reload)
                {
                    index.Synchronize(await store.ListActiveAsync(cancellationToken).ConfigureAwait(false));
                }

                foreach (var article in workload.Articles.Skip(round * 50 % workload.Articles.Length).Take(50))
                {
                    index.Match(article, null);
                }

                for (var i = 0; i < 10; i++, next++)
                {
                    clusterer.Add(stories[next % stories.Length] with { FetchedAt = stories[^1].FetchedAt.AddSeconds(next) }, analyses[next % stories.Length]);
                }
            }

            await output.WriteLineAsync(FormattableString.Invariant($"churned {HeapProbe.Process()}")).ConfigureAwait(false);
            GC.KeepAlive(scheduler);
            GC.KeepAlive(index);
            return 0;
        }
        finally
        {
            SqliteCleanup();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Line(string name, long before, long after) => FormattableString.Invariant($"component {name,-16} heap-mb={HeapProbe.Mb(after - before),7}");

    // In methods of their own, so that the lists they read are garbage when they return: an async method's
    // temporaries live in its state machine, as long as the method runs.
    private static async Task<TopicIndex> IndexAsync(ISubscriptionStore store, AliasTable aliases, long start, TextWriter output, CancellationToken cancellationToken)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var active = await store.ListActiveAsync(cancellationToken).ConfigureAwait(false);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var afterList = HeapProbe.Live();
        await output.WriteLineAsync(Line("subscriptions", start, afterList) + FormattableString.Invariant($" count={active.Count} (one ListActiveAsync, allocating {HeapProbe.Mb(allocated)} MB)")).ConfigureAwait(false);

        var index = new TopicIndex(aliases);
        allocated = GC.GetAllocatedBytesForCurrentThread();
        index.Synchronize(active);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        await output.WriteLineAsync(Line("topic-index", afterList, HeapProbe.Live()) + FormattableString.Invariant($" (with the list still held; building it allocated {HeapProbe.Mb(allocated)} MB)")).ConfigureAwait(false);
        return index;
    }

    private static async Task PartsAsync(ISubscriptionStore store, AliasTable aliases, TextWriter output, CancellationToken cancellationToken)
    {
        var active = await store.ListActiveAsync(cancellationToken).ConfigureAwait(false);
        foreach (var part in IndexParts.Measure(active, aliases))
        {
            await output.WriteLineAsync(part).ConfigureAwait(false);
        }
    }

    private static ServiceProvider Storage(string folder) =>
        SoakSetup.StorageServices(StorageProviders.Sqlite, "Data Source=" + SoakSetup.SqliteFile(folder));

    private static IConfiguration FeedConfiguration(int feeds)
    {
        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < feeds; i++)
        {
            settings[$"Feeds:{i}:Name"] = "farm-" + i.ToString(CultureInfo.InvariantCulture);
            settings[$"Feeds:{i}:Url"] = $"http://127.0.0.1:9/feed/{i}";
            settings[$"Feeds:{i}:IntervalMinutes"] = "10";
        }

        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }

    /// <summary>Quartz as <c>run</c> configures it for the configured feeds.</summary>
    private static ServiceProvider QuartzAsRun(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddNewsBotScheduling(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>The scheduler created with the feeds' jobs and triggers in its store, as <c>run</c> has it before starting it.</summary>
    private static async Task<IScheduler> LaidOutAsync(ServiceProvider quartz, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var scheduler = await quartz.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken).ConfigureAwait(false);
        var feeds = configuration.GetSection("Feeds").GetChildren()
            .Select(s => new FeedDefinition { Name = s["Name"]!, Url = new Uri(s["Url"]!), Interval = TimeSpan.FromMinutes(int.Parse(s["IntervalMinutes"]!, CultureInfo.InvariantCulture)) })
            .ToList();
        await FeedJobLayout.LayOutAsync(scheduler, feeds, TimeProvider.System.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return scheduler;
    }

    private static void SqliteCleanup() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
}
