using NewsBot.Core.Articles;
using NewsBot.Core.Subscriptions;
using NewsBot.Core.Subscriptions.Matching;

namespace NewsBot.Benchmarks.Match;

/// <summary>
/// What the matching benches run on: the repository's alias table, 500 generated articles of ~5 KB and,
/// per size, generated subscriptions; the same for every run and every bench, so their figures compare.
/// </summary>
internal sealed class MatchWorkload
{
    private readonly string[] _seeds;

    private MatchWorkload(AliasTable aliases, string[] seeds, Generator generator)
    {
        Aliases = aliases;
        _seeds = seeds;
        Generator = generator;
        Articles = Enumerable.Range(1, 500).Select(i => generator.Article(i)).ToArray();
        History = Enumerable.Range(501, HistoryLength).Select(i => generator.Article(i)).ToArray();
    }

    /// <summary>Articles matched before the measured ones: enough for an index to learn which words are common in the news.</summary>
    public const int HistoryLength = 1_100;

    public AliasTable Aliases { get; }

    /// <summary>The generator of the articles, also used for warm-up subscriptions.</summary>
    public Generator Generator { get; }

    public Article[] Articles { get; }

    /// <summary>Other articles of the same news, not measured: see <see cref="Prime"/>.</summary>
    public Article[] History { get; }

    public static MatchWorkload Load()
    {
        var repository = MatchBench.RepositoryRoot();
        var aliases = AliasTable.Parse(File.ReadAllText(Path.Combine(repository, "aliases", "aliases.txt")));
        var seeds = Directory.GetFiles(Path.Combine(repository, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var random = new Random(20241025);
        return new MatchWorkload(aliases, seeds, new Generator(new Vocabulary(seeds, longTailNames: 20_000, random), random));
    }

    /// <summary>
    /// Matches <see cref="History"/> on <paramref name="index"/>, as a running bot would have before the
    /// measured articles: the index then anchors its subscriptions by what the news says is rare.
    /// </summary>
    public void Prime(TopicIndex index)
    {
        foreach (var article in History)
        {
            index.Match(article);
        }
    }

    /// <summary>The <paramref name="size"/> subscriptions of one size; the same on every call.</summary>
    public Subscription[] Subscriptions(int size)
    {
        var generator = new Generator(new Vocabulary(_seeds, longTailNames: 20_000, new Random(20241025)), new Random(size));
        return Enumerable.Range(1, size).Select(i => generator.Subscription(i)).ToArray();
    }
}
