using System.Globalization;
using System.Text.Json;
using NewsBot.Core.Analysis;
using NewsBot.Core.Text;
using NewsBot.Testing;
using NewsBot.Testing.Corpora;

namespace NewsBot.Benchmarks.Analysis;

/// <summary>
/// <c>dotnet run -c Release --project tests/NewsBot.Benchmarks -- analyze [rounds]</c>: five-KB articles
/// analyzed per CPU second of one thread (<see cref="ArticleAnalyzer.Analyze"/>), on two sets: the five
/// seeds cut or repeated to about 5 KB (as the BenchmarkDotNet suite), and real news (the shared
/// corpora's articles, when <c>../shared</c> is there, each cut or repeated to about 5 KB). Each round
/// also tokenizes the same articles alone (<see cref="ArticleText"/>), back to back, so a burst of load
/// from elsewhere hits both: the ratio analysis/tokenization is the figure to compare across runs.
/// <c>-- analyze profile [seconds]</c> only analyzes the real set, for <c>perf record -p</c>.
/// </summary>
internal static class AnalyzeBench
{
    private const int ArticleChars = 5 * 1024;

    public static int Run(string[] args)
    {
        if (args.Length > 0 && args[0] == "profile")
        {
            return Profile(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 25);
        }

        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
        var analyzer = new ArticleAnalyzer();
        var sets = Sets();
        // Warm-up by time, so the JIT's tiering (and its dynamic profile) is done before anything is measured.
        var warm = ThreadCpuClock.Now + TimeSpan.FromSeconds(4);
        while (ThreadCpuClock.Now < warm)
        {
            foreach (var (_, articles) in sets)
            {
                AnalyzeAll(analyzer, articles);
                TokenizeAll(articles);
            }
        }

        Console.WriteLine(FormattableString.Invariant(
            $"# {rounds} rounds, medians; one thread; per {(ThreadCpuClock.IsCpuTime ? "CPU second of the thread" : "second of wall time")}"));
        foreach (var (name, articles) in sets)
        {
            var perArticle = new List<double>();
            var ratios = new List<double>();
            var tokenizeRates = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                var tokenize = Seconds(() => TokenizeAll(articles));
                var analyze = Seconds(() => AnalyzeAll(analyzer, articles));
                perArticle.Add(analyze / articles.Length);
                tokenizeRates.Add(articles.Length / tokenize);
                ratios.Add(analyze / tokenize);
            }

            var median = Median(perArticle);
            Console.WriteLine(FormattableString.Invariant(
                $"analyze set={name} articles={articles.Length} kb={articles.Average(a => a.Length) / 1024.0:0.0} us/article={median * 1e6:0} articles/s={1 / median:0} p90-us={Percentile(perArticle, 0.9) * 1e6:0} tokenize-only/s={Median(tokenizeRates):0} ratio={Median(ratios):0.0}"));
        }

        return 0;
    }

    private static int Profile(int seconds)
    {
        var analyzer = new ArticleAnalyzer();
        var articles = Sets()[^1].Articles;
        Console.WriteLine($"ready pid={Environment.ProcessId}");
        var until = ThreadCpuClock.Now + TimeSpan.FromSeconds(seconds);
        var n = 0L;
        while (ThreadCpuClock.Now < until)
        {
            n += AnalyzeAll(analyzer, articles);
        }

        GC.KeepAlive(n);
        return 0;
    }

    private static List<(string Name, string[] Articles)> Sets()
    {
        // The five seeds repeated, so that a round lasts long enough for the clock (~200 articles, as the real set).
        var seeds = Directory.GetFiles(RepositoryRoot.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).Select(ToAbout5K).ToArray();
        var sets = new List<(string, string[])>
        {
            ("seeds", Enumerable.Range(0, 40).SelectMany(_ => seeds).ToArray()),
        };
        var real = RealArticles().Select(ToAbout5K).ToArray();
        if (real.Length > 0)
        {
            sets.Add(("real", real));
        }

        return sets;
    }

    /// <summary>The shared corpora's articles: stories-dev (English and French) and figures-dev.</summary>
    private static IEnumerable<string> RealArticles()
    {
        var stories = SharedData.Path("corpus", "stories-dev");
        if (Directory.Exists(stories))
        {
            foreach (var file in Directory.GetFiles(stories, "*.jsonl").Order(StringComparer.Ordinal))
            {
                foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
                {
                    using var json = JsonDocument.Parse(line);
                    yield return json.RootElement.GetProperty("text").GetString() ?? string.Empty;
                }
            }
        }

        var figures = SharedData.Path("corpus", "figures-dev");
        if (Directory.Exists(figures))
        {
            foreach (var file in Directory.GetFiles(figures, "*.txt").Order(StringComparer.Ordinal))
            {
                yield return File.ReadAllText(file);
            }
        }
    }

    private static string ToAbout5K(string text)
    {
        var repeated = text;
        while (repeated.Length < ArticleChars)
        {
            repeated += "\n\n" + text;
        }

        var cut = repeated.LastIndexOf('\n', Math.Min(repeated.Length - 1, ArticleChars));
        return cut > ArticleChars / 2 ? repeated[..cut] : repeated[..ArticleChars];
    }

    private static int AnalyzeAll(ArticleAnalyzer analyzer, string[] articles)
    {
        var n = 0;
        foreach (var article in articles)
        {
            n += analyzer.Analyze(string.Empty, article).Figures.Count;
        }

        return n;
    }

    private static int TokenizeAll(string[] articles)
    {
        var n = 0;
        foreach (var article in articles)
        {
            n += new ArticleText(article, TextNormalizer.MaxChars).Count;
        }

        return n;
    }

    private static double Seconds(Func<int> work)
    {
        var started = ThreadCpuClock.Now;
        GC.KeepAlive(work());
        return (ThreadCpuClock.Now - started).TotalSeconds;
    }

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double share)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Round(share * (sorted.Count - 1)))];
    }
}
