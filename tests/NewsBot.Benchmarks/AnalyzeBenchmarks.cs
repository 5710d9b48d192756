using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using NewsBot.Core.Analysis;

namespace NewsBot.Benchmarks;

/// <summary>
/// Articles analyzed per second on one core: the five seeds, each cut or repeated to about 5 KB, one
/// analysis per invocation (articles/s = 1 s / mean time per article).
/// </summary>
[Config(typeof(ShortConfig))]
[MemoryDiagnoser]
public class AnalyzeBenchmarks
{
    private const int ArticleChars = 5 * 1024;

    private readonly ArticleAnalyzer _analyzer = new();
    private string[] _articles = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var seeds = Directory.GetFiles(FindSeeds(), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        _articles = seeds.Select(ToAbout5K).ToArray();
    }

    [Benchmark]
    public int AnalyzeArticle()
    {
        var article = _articles[_next++ % _articles.Length];
        return _analyzer.Analyze(string.Empty, article).Figures.Count;
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

    /// <remarks>BenchmarkDotNet runs the benchmark from a generated folder; the source file's folder leads back.</remarks>
    private static string FindSeeds([CallerFilePath] string sourceFile = "") =>
        FindSeedsAbove(Environment.CurrentDirectory) ?? FindSeedsAbove(Path.GetDirectoryName(sourceFile) ?? ".")
        ?? throw new DirectoryNotFoundException("seeds/ not found above " + Environment.CurrentDirectory + " nor above " + sourceFile);

    private static string? FindSeedsAbove(string start)
    {
        var directory = new DirectoryInfo(start);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "seeds")))
        {
            directory = directory.Parent;
        }

        return directory is null ? null : Path.Combine(directory.FullName, "seeds");
    }

    /// <summary>
    /// A short run: enough iterations for a stable median in about a minute. In process, because the
    /// generated project of a normal run can fail to build on a machine where other builds share the
    /// artifacts and NuGet caches; <c>analyze</c> (AnalyzeBench) is the CPU-time measure to compare runs by.
    /// </summary>
    private sealed class ShortConfig : ManualConfig
    {
        public ShortConfig()
        {
            AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(15).WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(StatisticColumn.Median, StatisticColumn.P95);
        }
    }
}
