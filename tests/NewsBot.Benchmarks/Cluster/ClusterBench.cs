using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace NewsBot.Benchmarks.Cluster;

/// <summary>
/// <c>dotnet run -c Release --project tests/NewsBot.Benchmarks -- cluster [deliveries] [feeds]</c>: what one,
/// two and three nodes sharing a PostgreSQL database (named by <c>NEWSBOT_TEST_POSTGRES</c>, as for the
/// tests) get through. Each "node" is its own set of stores, connection pool, dispatcher and pipeline, as
/// in a separate process. Deliveries: that many due alerts (one per channel) are drained by every node at
/// once, as overlapping firings of the clustered delivery job do during a backlog, into a transport that
/// answers at once; the figure is sent rows per second of wall time. Feeds: that many feeds are each
/// polled once, split over the nodes (as the Quartz cluster hands each feed's firing to one node), with a
/// reader that answers "not modified" at once; the figure is polls per minute of NewsBot's own work
/// (state read and write), not of the network. A fresh database per measurement.
/// </summary>
internal static class ClusterBench
{
    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        var server = Environment.GetEnvironmentVariable("NEWSBOT_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
        {
            Console.Error.WriteLine("Set NEWSBOT_TEST_POSTGRES to an Npgsql connection string of a role that may create databases.");
            return 2;
        }

        var deliveries = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var feeds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000;
        Console.WriteLine(FormattableString.Invariant(
            $"# {deliveries} deliveries, {feeds} feeds; PostgreSQL {await ServerVersionAsync(server).ConfigureAwait(false)}; {Environment.ProcessorCount} cores; load {MachineLoad.Average()}"));
        foreach (var nodes in new[] { 1, 2, 3 })
        {
            var (sent, seconds) = await MeasureDeliveriesAsync(server, nodes, deliveries).ConfigureAwait(false);
            var (polled, pollSeconds) = await MeasureFeedsAsync(server, nodes, feeds).ConfigureAwait(false);
            Console.WriteLine(FormattableString.Invariant(
                $"cluster nodes={nodes} sent={sent} deliveries/s={sent / seconds:0} feeds-polled={polled} feeds/min={polled / pollSeconds * 60:0}"));
        }

        Console.WriteLine($"# load {MachineLoad.Average()}");
        return 0;
    }

    private static async Task<(int Sent, double Seconds)> MeasureDeliveriesAsync(string server, int nodeCount, int deliveries)
    {
        await using var database = await BenchDatabase.CreateAsync(server).ConfigureAwait(false);
        var nodes = new List<BenchNode>();
        try
        {
            for (var i = 0; i < nodeCount; i++)
            {
                nodes.Add(await BenchNode.StartAsync(database.ConnectionString, $"bench-{i}").ConfigureAwait(false));
            }

            await database.SeedOutboxAsync(deliveries).ConfigureAwait(false);
            var start = Stopwatch.GetTimestamp();
            await Task.WhenAll(nodes.Select(n => Task.Run(() => n.DrainAsync()))).ConfigureAwait(false);
            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            var sent = nodes.Sum(n => n.Transport.Sent);
            var stored = await database.ScalarAsync("SELECT count(*) FROM deliveries WHERE status = 'sent';").ConfigureAwait(false);
            if (sent != deliveries || stored != deliveries)
            {
                throw new InvalidOperationException($"{sent} sends and {stored} rows sent for {deliveries} deliveries.");
            }

            return (sent, seconds);
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task<(int Polled, double Seconds)> MeasureFeedsAsync(string server, int nodeCount, int feeds)
    {
        await using var database = await BenchDatabase.CreateAsync(server).ConfigureAwait(false);
        var nodes = new List<BenchNode>();
        try
        {
            for (var i = 0; i < nodeCount; i++)
            {
                nodes.Add(await BenchNode.StartAsync(database.ConnectionString, $"bench-{i}").ConfigureAwait(false));
            }

            var names = Enumerable.Range(0, feeds).Select(i => "feed-" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            var start = Stopwatch.GetTimestamp();
            await Task.WhenAll(nodes.Select((n, i) => Task.Run(() => n.PollAsync(names.Where((_, f) => f % nodeCount == i).ToList())))).ConfigureAwait(false);
            return (names.Count, Stopwatch.GetElapsedTime(start).TotalSeconds);
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task<string> ServerVersionAsync(string server)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync().ConfigureAwait(false);
        return connection.ServerVersion;
    }
}
