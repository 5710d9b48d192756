using System.Globalization;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Stories;

namespace NewsBot.Benchmarks.Stories;

/// <summary>
/// <c>dotnet run -c Release --project tests/NewsBot.Benchmarks -- stories [sizes...] [vectors=file]</c>: CPU per article
/// of <see cref="StoryClusterer.Add"/> with 1,000, 10,000 and 50,000 stories open (analysis excluded:
/// the articles come with theirs), the sizes measured in turns within each round, with each size's cost
/// as a ratio to the first's, the open stories scored per article, the share of reports of an open
/// story's event that joined it, and the clusterer's managed memory at that size.
/// <c>-- stories soak [articles-per-day] [days] [open=N]</c> streams a steady rate of generated news through
/// simulated days and prints the clusterer's memory at the end of each day; <c>open=N</c> bounds the open stories
/// as <c>Ingestion:MaxOpenStories</c> does in the bot (unbounded by default).
/// </summary>
internal static class StoriesBench
{
    private static readonly int[] Sizes = [1_000, 10_000, 50_000];

    /// <summary>Rounds of <see cref="Probes"/> articles: half of them open a story, so 1,000 open stories become ~1,450 by the end, as before.</summary>
    private const int Rounds = 9;

    private const int Probes = 100;

    private static readonly ArticleAnalysis English = ArticleAnalysis.Empty with { Language = "en", LanguageConfidence = 1 };
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    private static bool VectorsInFile { get; set; }

    private static int MaxOpenStories { get; set; } = StoryClusterer.Unbounded;

    private static StoryClusterer NewClusterer() =>
        VectorsInFile
            ? StoryClusterer.WithVectorsIn(Path.GetTempPath(), NewsBot.Core.Subscriptions.Matching.AliasTable.Empty, MaxOpenStories)
            : new StoryClusterer(NewsBot.Core.Subscriptions.Matching.AliasTable.Empty, MaxOpenStories);

    public static int Run(string[] args)
    {
        // vectors=file: the stories' vectors in a temporary file, as the bot keeps them; else in memory.
        VectorsInFile = args.Contains("vectors=file");
        args = args.Where(a => !a.StartsWith("vectors=", StringComparison.Ordinal)).ToArray();
        if (args.FirstOrDefault(a => a.StartsWith("open=", StringComparison.Ordinal)) is { } open)
        {
            MaxOpenStories = int.Parse(open["open=".Length..], CultureInfo.InvariantCulture);
            args = args.Where(a => a != open).ToArray();
        }

        if (args.Length > 0 && args[0] == "soak")
        {
            return Soak(
                args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 12_000,
                args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 7);
        }

        var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : Sizes;
        Console.WriteLine($"# vectors in {(VectorsInFile ? "a file" : "memory")}; one thread; CPU per article of {(ThreadCpuClock.IsCpuTime ? "the thread" : "wall time")}; medians of {Rounds} rounds of {Probes} articles (half follow an open story, half start one), the sizes taking turns in each round; ratio = median of the rounds' cost against the first size's");
        var warm = Fill(200);
        Probe(warm);
        var benches = sizes.Select(Fill).ToList();
        var costs = benches.Select(_ => new List<double>()).ToList();
        var ratios = benches.Select(_ => new List<double>()).ToList();
        var scored = new long[benches.Count];
        for (var round = 0; round < Rounds; round++)
        {
            // Each size in turn within a round, so a burst of load from elsewhere on the machine hits all of them.
            var round0 = 0.0;
            for (var b = 0; b < benches.Count; b++)
            {
                var before = benches[b].Clusterer.StoriesScored;
                var cost = Probe(benches[b]);
                scored[b] += benches[b].Clusterer.StoriesScored - before;
                costs[b].Add(cost);
                round0 = b == 0 ? cost : round0;
                ratios[b].Add(cost / round0);
            }
        }

        for (var b = 0; b < benches.Count; b++)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"stories open={sizes[b]} cpu-ms/article={Median(costs[b]):0.000} ratio={Median(ratios[b]):0.00} scored/article={scored[b] / ((double)Probes * Rounds):0.0} joined={benches[b].Joined / (double)benches[b].Followers:0.000} memory-mb={benches[b].MemoryMb:0.0} fill-cpu-s={benches[b].FillSeconds:0.0}"));
        }

        return 0;
    }

    /// <summary>A clusterer with <paramref name="size"/> open stories, every one within the window.</summary>
    private static Bench Fill(int size)
    {
        var writer = new EventWriter(seed: size);
        var events = new List<NewsEvent>(size);
        var stories = new List<long>(size);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clusterer = NewClusterer();
        // The fill spans two days before the measured articles.
        var step = TimeSpan.FromDays(2) / size;
        var fillStart = ThreadCpuClock.Now;
        for (var i = 0; i < size; i++)
        {
            var news = writer.NextEvent();
            events.Add(news);
            stories.Add(clusterer.Add(writer.Report(news, i + 1, Start + step * i), English).Id);
        }

        var fill = ThreadCpuClock.Now - fillStart;
        GC.Collect();
        var memory = (GC.GetTotalMemory(forceFullCollection: true) - before) / (1024.0 * 1024.0);
        return new Bench(clusterer, writer, events, stories, new Random(size), memory, fill.TotalSeconds) { NextId = size };
    }

    /// <summary>CPU milliseconds per article of <see cref="Probes"/> reports, half of an open story's event, half of new events.</summary>
    private static double Probe(Bench bench)
    {
        var at = Start + TimeSpan.FromDays(2);
        // -1: a new event; else the story of the open event it follows.
        var follows = new long[Probes];
        var probes = new Article[Probes];
        for (var i = 0; i < Probes; i++)
        {
            var followed = i % 2 == 0 ? bench.Random.Next(bench.Events.Count) : -1;
            follows[i] = followed < 0 ? -1 : bench.Stories[followed];
            probes[i] = bench.Writer.Report(followed < 0 ? bench.Writer.NextEvent() : bench.Events[followed], ++bench.NextId, at);
        }

        var placed = new long[Probes];
        var started = ThreadCpuClock.Now;
        for (var i = 0; i < Probes; i++)
        {
            placed[i] = bench.Clusterer.Add(probes[i], English).Id;
        }

        var cost = (ThreadCpuClock.Now - started).TotalMilliseconds / Probes;
        for (var i = 0; i < Probes; i++)
        {
            if (follows[i] >= 0)
            {
                bench.Followers++;
                bench.Joined += placed[i] == follows[i] ? 1 : 0;
            }
        }

        return cost;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private sealed record Bench(StoryClusterer Clusterer, EventWriter Writer, List<NewsEvent> Events, List<long> Stories, Random Random, double MemoryMb, double FillSeconds)
    {
        public long NextId { get; set; }

        /// <summary>Reports of an open story's event, and how many of them joined that story.</summary>
        public int Followers { get; set; }

        public int Joined { get; set; }
    }

    private static int Soak(int perDay, int days)
    {
        Console.WriteLine($"# soak: {perDay} articles a day for {days} simulated days, each event reported 1-4 times within a day; vectors in {(VectorsInFile ? "a file" : "memory")}; open stories {(MaxOpenStories == StoryClusterer.Unbounded ? "unbounded" : MaxOpenStories.ToString("N0", CultureInfo.InvariantCulture))}");
        var writer = new EventWriter(seed: 7);
        var random = new Random(7);
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clusterer = NewClusterer();
        var step = TimeSpan.FromDays(1) / perDay;
        var recent = new List<NewsEvent>();
        long id = 0;
        for (var day = 0; day < days; day++)
        {
            var started = ThreadCpuClock.Now;
            for (var i = 0; i < perDay; i++)
            {
                // A third of the reports follow a recent event, so stories grow as well as open.
                NewsEvent news;
                if (recent.Count > 0 && random.Next(3) == 0)
                {
                    news = recent[random.Next(recent.Count)];
                }
                else
                {
                    news = writer.NextEvent();
                    recent.Add(news);
                    if (recent.Count > 2_000)
                    {
                        recent.RemoveAt(0);
                    }
                }

                clusterer.Add(writer.Report(news, ++id, Start + step * (day * (long)perDay + i)), English);
            }

            var cpu = ThreadCpuClock.Now - started;
            GC.Collect();
            var memory = (GC.GetTotalMemory(forceFullCollection: true) - before) / (1024.0 * 1024.0);
            Console.WriteLine(FormattableString.Invariant(
                $"soak day={day + 1} articles={id} memory-mb={memory:0.0} cpu-ms/article={cpu.TotalMilliseconds / perDay:0.000} (generation included) open-stories={clusterer.OpenStories} term-objects={clusterer.VocabularySize} terms-counted={clusterer.TermsCounted} indexed-terms={clusterer.IndexedTerms} shared={clusterer.SharedTerms} stories-mb={clusterer.PartsMb.Stories:0.0} index-mb={clusterer.PartsMb.Index:0.0} counts-mb={clusterer.PartsMb.Counts:0.0} closed-early={clusterer.ClosedEarly} quiet-h={clusterer.LastClosedEarlyQuiet.TotalHours:0.0}"));
        }

        GC.KeepAlive(clusterer);
        return 0;
    }
}
