using System.Globalization;
using NewsBot.Core.Articles;
using NewsBot.Core.Subscriptions;
using NewsBot.Core.Subscriptions.Matching;

namespace NewsBot.Benchmarks.Match;

/// <summary>
/// <c>dotnet run -c Release --project tests/NewsBot.Benchmarks -- match [rounds] [sizes...]</c>: articles matched per
/// second against 1,000, 10,000 and 100,000 generated subscriptions, on one thread, next to the same
/// articles through tokenization alone and through the naive matcher (every subscription evaluated on
/// every article). Rates are medians over the rounds; memory is the managed heap grown by the
/// subscriptions and their index.
/// </summary>
internal static class MatchBench
{
    private static readonly int[] Sizes = [1_000, 10_000, 100_000];

    public static int Run(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
        // Further arguments pick the sizes, e.g. `match 30 100000` to profile one of them.
        var sizes = args.Length > 1 ? args[1..].Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : Sizes;
        var workload = MatchWorkload.Load();
        var (aliases, articles) = (workload.Aliases, workload.Articles);
        // Warm-up, so the first size is not measured while the JIT is still tiering up.
        var warmIndex = new TopicIndex(aliases);
        warmIndex.Synchronize(Enumerable.Range(1, 1000).Select(i => workload.Generator.Subscription(i)).ToArray());
        for (var i = 0; i < 5; i++)
        {
            Rate(articles, a => MatchContext.Read(a).Count + warmIndex.Match(a).Count);
        }

        Console.WriteLine(FormattableString.Invariant(
            $"# {articles.Length} articles, {articles.Average(a => a.Text.Length) / 1024:0.0} KB on average; {rounds} rounds, medians; one thread; rates per {(ThreadCpuClock.IsCpuTime ? "CPU second of the thread" : "second of wall time")}"));

        foreach (var size in sizes)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var subscriptions = workload.Subscriptions(size);
            var index = new TopicIndex(aliases);
            var changes = index.Synchronize(subscriptions);
            workload.Prime(index);
            var memory = (GC.GetTotalMemory(forceFullCollection: true) - before) / (1024.0 * 1024.0);

            // Tokenization and matching measured back to back in each round, so a burst of load from
            // elsewhere on the machine hits both; the ratio is the median of the rounds' ratios.
            var matches = 0L;
            var tokenizeRates = new List<double>();
            var matchRates = new List<double>();
            var ratios = new List<double>();
            for (var round = -1; round < rounds; round++)
            {
                var t = Rate(articles, a => MatchContext.Read(a).Count);
                var m = Rate(articles, a =>
                {
                    var n = index.Match(a).Count;
                    matches += n;
                    return n;
                });
                if (round >= 0)
                {
                    tokenizeRates.Add(t);
                    matchRates.Add(m);
                    ratios.Add(t / m);
                }
            }

            var (tokenize, match, ratio) = (Median(tokenizeRates), Median(matchRates), Median(ratios));
            var naive = NaiveRate(aliases, subscriptions, articles, index);

            Console.WriteLine(FormattableString.Invariant(
                $"match subs={size} articles/s={match:0} tokenize-only/s={tokenize:0} ratio={ratio:0.00} naive/s={naive:0.0} memory-mb={memory:0.0} matches/article={matches / (double)(articles.Length * (rounds + 1)):0.0} rejected={changes.Rejected}"));
            GC.KeepAlive(index);
            GC.KeepAlive(subscriptions);
        }

        return 0;
    }

    private static double NaiveRate(AliasTable aliases, Subscription[] subscriptions, Article[] articles, TopicIndex index)
    {
        var naive = new NaiveTopicMatcher(aliases);
        foreach (var subscription in subscriptions)
        {
            naive.Add(subscription);
        }

        // A fast index that matches something else is no result: the first articles must match alike.
        foreach (var article in articles.Take(20))
        {
            var expected = naive.Match(article).Select(s => s.Id).Order();
            if (!expected.SequenceEqual(index.Match(article).Select(s => s.Id).Order()))
            {
                throw new InvalidOperationException($"the index and the naive matcher disagree on article {article.Id}");
            }
        }

        // The naive matcher is slow at 100,000; enough articles for about two seconds.
        var probe = Rate(articles.Take(3).ToArray(), a => naive.Match(a).Count);
        var count = (int)Math.Clamp(probe * 2, 3, articles.Length);
        return Rate(articles.Take(count).ToArray(), a => naive.Match(a).Count);
    }

    internal static double Rate(Article[] articles, Func<Article, int> work)
    {
        var checksum = 0;
        var start = ThreadCpuClock.Now;
        foreach (var article in articles)
        {
            checksum += work(article);
        }

        var spent = ThreadCpuClock.Now - start;
        GC.KeepAlive(checksum);
        return articles.Length / spent.TotalSeconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the repository (Bot.sln not found).");
    }
}
