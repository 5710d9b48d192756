using System.Globalization;
using NewsBot.Core.Analysis;
using NewsBot.Core.Stories;

namespace NewsBot.Benchmarks.Stories;

/// <summary>
/// <c>dotnet run -c Release --project tests/NewsBot.Benchmarks -- stories [sizes...]</c>: CPU per article
/// of <see cref="StoryClusterer.Add"/> with 1,000, 10,000 and 50,000 stories open (analysis excluded:
/// the articles come with theirs), and the clusterer's managed memory at that size.
/// <c>-- stories soak [articles-per-day] [days]</c> streams a steady rate of generated news through
/// simulated days and prints the clusterer's memory at the end of each day.
/// </summary>
internal static class StoriesBench
{
    private static readonly int[] Sizes = [1_000, 10_000, 50_000];
    private static readonly ArticleAnalysis English = ArticleAnalysis.Empty with { Language = "en", LanguageConfidence = 1 };
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    public static int Run(string[] args)
    {
        if (args.Length > 0 && args[0] == "soak")
        {
            return Soak(
                args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 12_000,
                args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 7);
        }

        var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : Sizes;
        Console.WriteLine($"# one thread; CPU per article of {(ThreadCpuClock.IsCpuTime ? "the thread" : "wall time")}; medians of 3 rounds of 300 articles (half follow an open story, half start one)");
        Measure(200, print: false);
        foreach (var size in sizes)
        {
            Measure(size, print: true);
        }

        return 0;
    }

    private static void Measure(int size, bool print)
    {
        var writer = new EventWriter(seed: size);
        var events = new List<NewsEvent>(size);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clusterer = new StoryClusterer();
        // Every open story within the window: the fill spans two days before the measured articles.
        var step = TimeSpan.FromDays(2) / size;
        var fillStart = ThreadCpuClock.Now;
        for (var i = 0; i < size; i++)
        {
            var news = writer.NextEvent();
            events.Add(news);
            clusterer.Add(writer.Report(news, i + 1, Start + step * i), English);
        }

        var fill = ThreadCpuClock.Now - fillStart;
        GC.Collect();
        var memory = (GC.GetTotalMemory(forceFullCollection: true) - before) / (1024.0 * 1024.0);
        var costs = new List<double>();
        var random = new Random(size);
        var id = size;
        var at = Start + TimeSpan.FromDays(2);
        for (var round = 0; round < 3; round++)
        {
            var probes = Enumerable.Range(0, 300).Select(i => writer.Report(i % 2 == 0 ? events[random.Next(events.Count)] : writer.NextEvent(), ++id, at)).ToList();
            var started = ThreadCpuClock.Now;
            foreach (var probe in probes)
            {
                clusterer.Add(probe, English);
            }

            costs.Add((ThreadCpuClock.Now - started).TotalMilliseconds / probes.Count);
        }

        costs.Sort();
        if (print)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"stories open={size} cpu-ms/article={costs[1]:0.000} memory-mb={memory:0.0} fill-cpu-s={fill.TotalSeconds:0.0}"));
        }

        GC.KeepAlive(clusterer);
    }

    private static int Soak(int perDay, int days)
    {
        Console.WriteLine($"# soak: {perDay} articles a day for {days} simulated days, each event reported 1-4 times within a day");
        var writer = new EventWriter(seed: 7);
        var random = new Random(7);
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clusterer = new StoryClusterer();
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
                $"soak day={day + 1} articles={id} memory-mb={memory:0.0} cpu-ms/article={cpu.TotalMilliseconds / perDay:0.000} (generation included)"));
        }

        GC.KeepAlive(clusterer);
        return 0;
    }
}
