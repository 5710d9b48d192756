using System.Diagnostics;
using System.Globalization;
using NewsBot.Benchmarks.Match;
using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;
using NewsBot.Core.Feeds;
using NewsBot.Core.Subscriptions;
using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Testing;

namespace NewsBot.Benchmarks.Delivery;

/// <summary>
/// <c>dotnet run -c Release --project tests/NewsBot.Benchmarks -- delivery [rounds]</c>: from an article
/// arriving to its delivery being handed to the transport. 10,000 generated subscriptions over 2,000
/// channels; a burst of 1,000 articles (stories of several articles) that all arrive at one instant and
/// are read by 10 feeds of 100; each feed is ingested (poll, analyze, story, plan) and the outbox then
/// drained (claim, compose, hand to a no-op transport), as the host's jobs do one after the other. The
/// latency of a delivery is the <see cref="Stopwatch"/> instant it was handed to the transport minus the
/// burst's start. Figures are medians over the rounds (one by default: a round takes minutes), after one
/// warm-up round per store when there are several.
/// <c>-- delivery 3 sqlite</c> runs three rounds on SQLite only.
/// </summary>
internal static class DeliveryBench
{
    private const int SubscriptionCount = 10_000;
    private const int ChannelCount = 2_000;
    private const int ArticleCount = 1_000;
    private const int FeedCount = 10;

    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1;
        var stores = args.Length > 1 ? args[1..] : ["memory", "sqlite"];
        var aliases = AliasTable.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "aliases", "aliases.txt")).ConfigureAwait(false));
        var seeds = Directory.GetFiles(RepositoryRoot.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var random = new Random(20241025);
        var generator = new Generator(new Vocabulary(seeds, longTailNames: 20_000, random), random);
        var subscriptions = Enumerable.Range(1, SubscriptionCount).Select(i => generator.Subscription(i)).Select(s => new NewSubscription
        {
            Channel = new ChannelAddress(StopwatchTransport.Name, "c" + (s.Id % ChannelCount).ToString(CultureInfo.InvariantCulture)),
            Query = s.Query,
            CreatedAt = DateTimeOffset.UnixEpoch,
        }).ToArray();
        var items = BurstArticles.Create(generator, random, ArticleCount);
        var feeds = items.Chunk(ArticleCount / FeedCount)
            .Select((chunk, i) => (Name: "wire-" + i.ToString(CultureInfo.InvariantCulture), Items: (IReadOnlyList<RawItem>)chunk))
            .ToDictionary(f => f.Name, f => f.Items);

        Console.WriteLine(FormattableString.Invariant(
            $"# {SubscriptionCount} subscriptions over {ChannelCount} channels; {items.Count} articles of {items.Average(i => i.Text.Length) / 1024:0.0} KB on average in {FeedCount} feeds, all arriving at once; {rounds} rounds, medians; {Environment.ProcessorCount} cores"));
        foreach (var store in stores)
        {
            var sqlite = store == "sqlite";
            var results = new List<RoundResult>();
            for (var round = rounds > 1 ? -1 : 0; round < rounds; round++)
            {
                var result = await RoundAsync(sqlite, aliases, subscriptions, feeds).ConfigureAwait(false);
                if (round >= 0)
                {
                    results.Add(result);
                }
            }

            Console.WriteLine($"# load {MachineLoad.Average()}");
            Console.WriteLine(FormattableString.Invariant(
                $"delivery store={store} subs={SubscriptionCount} articles={ArticleCount} deliveries={Median(results, r => r.Deliveries):0} alerts={Median(results, r => r.Alerts):0} updates={Median(results, r => r.Updates):0} merged={Median(results, r => r.Merged):0} p50-ms={Median(results, r => r.P50):0} p99-ms={Median(results, r => r.P99):0} max-ms={Median(results, r => r.Max):0} deliveries/s={Median(results, r => r.DeliveriesPerSecond):0} ingest-articles/s={Median(results, r => r.IngestArticlesPerSecond):0} ingest-s={Median(results, r => r.IngestSeconds):0.00} dispatch-s={Median(results, r => r.DispatchSeconds):0.00}"));
        }

        return 0;
    }

    private static async Task<RoundResult> RoundAsync(
        bool sqlite, AliasTable aliases, NewSubscription[] subscriptions, Dictionary<string, IReadOnlyList<RawItem>> feeds)
    {
        var cancellationToken = CancellationToken.None;
        await using var pipeline = await BenchPipeline.CreateAsync(sqlite, aliases, new BurstFeedReader(feeds), cancellationToken).ConfigureAwait(false);
        foreach (var subscription in subscriptions)
        {
            await pipeline.Subscriptions.AddAsync(subscription, cancellationToken).ConfigureAwait(false);
        }

        // A running bot's index already holds its subscriptions; the burst pays only for the check that
        // nothing changed.
        pipeline.Index.Synchronize(await pipeline.Subscriptions.ListActiveAsync(cancellationToken).ConfigureAwait(false));
        GC.Collect();
        GC.WaitForPendingFinalizers();

        long ingesting = 0, dispatching = 0, merged = 0;
        var start = Stopwatch.GetTimestamp();
        foreach (var feed in feeds.Keys)
        {
            var definition = new FeedDefinition { Name = feed, Url = new Uri("https://wire.example/" + feed), Interval = TimeSpan.FromMinutes(5) };
            var before = Stopwatch.GetTimestamp();
            await pipeline.Ingestion.RunAsync(definition, force: true, cancellationToken).ConfigureAwait(false);
            var ingested = Stopwatch.GetTimestamp();
            var report = await pipeline.Dispatcher.DispatchAllDueAsync(cancellationToken).ConfigureAwait(false);
            merged += report.Merged;
            ingesting += ingested - before;
            dispatching += Stopwatch.GetTimestamp() - ingested;
        }

        var transport = pipeline.Transport;
        var latencies = transport.Handed.Select(t => Stopwatch.GetElapsedTime(start, t).TotalMilliseconds).Order().ToArray();
        if (latencies.Length == 0)
        {
            throw new InvalidOperationException("Nothing was handed to the transport; the generated subscriptions matched no article.");
        }

        var dispatchSeconds = Seconds(dispatching);
        var ingestSeconds = Seconds(ingesting);
        return new RoundResult(
            latencies.Length, transport.Alerts, transport.Updates, merged,
            Percentile(latencies, 0.50), Percentile(latencies, 0.99), latencies[^1],
            latencies.Length / dispatchSeconds, ArticleCount / ingestSeconds, ingestSeconds, dispatchSeconds);
    }

    private static double Seconds(long ticks) => ticks / (double)Stopwatch.Frequency;

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static double Median(List<RoundResult> results, Func<RoundResult, double> value) =>
        results.Select(value).Order().ElementAt(results.Count / 2);

    private sealed record RoundResult(
        int Deliveries, int Alerts, int Updates, long Merged, double P50, double P99, double Max,
        double DeliveriesPerSecond, double IngestArticlesPerSecond, double IngestSeconds, double DispatchSeconds);
}
