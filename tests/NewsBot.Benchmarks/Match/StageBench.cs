using System.Globalization;
using NewsBot.Core.Articles;
using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Core.Subscriptions.Query;

namespace NewsBot.Benchmarks.Match;

/// <summary>
/// <c>dotnet run -c Release --project tests/NewsBot.Benchmarks -- match-stages [rounds] [subscriptions] [profile]</c>:
/// where the time of matching goes, stage by stage, each as a rate and as a multiple of tokenization
/// (<c>read</c>) on the same articles as <c>match</c>. Stages after <c>read</c> that do not start with
/// <c>read+</c> run on articles tokenized beforehand. With <c>profile</c>, it only matches, for 25 s,
/// after printing <c>ready</c>: attach a profiler (<c>perf record -p</c>) then.
/// </summary>
internal static class StageBench
{
    public static int Run(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 9;
        var size = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        var workload = MatchWorkload.Load();
        var (aliases, articles, subscriptions) = (workload.Aliases, workload.Articles, workload.Subscriptions(size));
        var index = new TopicIndex(aliases);
        index.Synchronize(subscriptions);
        workload.Prime(index);
        Console.WriteLine(FormattableString.Invariant($"# {index.Reanchored} subscriptions re-anchored on rarer words after {MatchWorkload.HistoryLength} earlier articles"));
        // The index's own dictionary is private; compiling the same queries yields the same keys.
        var dictionary = new TermDictionary();
        var exact = 0;
        foreach (var s in subscriptions)
        {
            exact += TopicCompiler.Compile(TopicQuery.Parse(s.Query, aliases), dictionary).Exact ? 1 : 0;
        }

        Console.WriteLine(FormattableString.Invariant($"# {exact} of {subscriptions.Length} subscriptions match without evaluation (single keys within what a posting checks)"));

        var document = new DocumentTerms();
        var wordKeys = new WordKeys();
        var texts = articles.Select(MatchContext.Read).ToArray();
        Console.WriteLine(FormattableString.Invariant($"# tokens/article={texts.Average(t => t.Count):0} chars/article={texts.Average(t => t.Text.Length):0} words/article={texts.Average(t => t.Tokens.Count(k => k.Kind == NewsBot.Core.Text.TokenKind.Word)):0}"));
        var counts = new WordCounts(wordKeys, dictionary);
        foreach (var text in texts)
        {
            TermWalker.WalkWords(text, ref counts);
        }

        // What decides the walk's branches: the shares of words that are keys, start with a prefix, or are longer than eight characters.
        Console.WriteLine(FormattableString.Invariant(
            $"# keys={dictionary.Count} words that are keys={counts.Keys / (double)counts.Words:P0} start with a prefix={counts.Prefixed / (double)counts.Words:P0} longer than 8={counts.Long / (double)counts.Words:P0}"));
        var stages = new (string Name, Func<Article, int> Work)[]
        {
            ("read", a => MatchContext.Read(a).Count),
            ("tokens", a => IterateTokens(texts[(int)a.Id - 1])),
            ("hash", a => HashWords(texts[(int)a.Id - 1])),
            ("walk", a => { var sink = new CountSink(); return TermWalker.WalkWords(texts[(int)a.Id - 1], ref sink) + sink.Count; }),
            ("find", a => { var sink = new FindSink(wordKeys, dictionary); TermWalker.WalkWords(texts[(int)a.Id - 1], ref sink); return sink.Count; }),
            ("build", a => { document.Build(texts[(int)a.Id - 1], dictionary); return document.Distinct.Length; }),
            ("language", a => NewsBot.Core.Language.LanguageDetector.Detect(texts[(int)a.Id - 1]).Code.Length),
            ("read+walk", a => { var t = MatchContext.Read(a); var sink = new CountSink(); return TermWalker.WalkWords(t, ref sink) + sink.Count; }),
            ("read+build", a => { var t = MatchContext.Read(a); document.Build(t, dictionary); return document.Distinct.Length; }),
            ("match", a => index.Match(a).Count),
        };
        if (args.Length > 2 && args[2] == "profile")
        {
            // A stage's name as a fourth argument profiles that stage instead of matching.
            var work = args.Length > 3 ? stages.Single(s => s.Name == args[3]).Work : a => index.Match(a).Count;
            Console.WriteLine("ready");
            var watch = System.Diagnostics.Stopwatch.StartNew();
            while (watch.Elapsed.TotalSeconds < 25)
            {
                MatchBench.Rate(articles, work);
            }

            return 0;
        }

        var rates = stages.Select(_ => new List<double>()).ToArray();
        for (var round = -1; round < rounds; round++)
        {
            for (var s = 0; s < stages.Length; s++)
            {
                var r = MatchBench.Rate(articles, stages[s].Work);
                if (round >= 0)
                {
                    rates[s].Add(r);
                }
            }
        }

        var read = rates[0].Order().ElementAt(rounds / 2);
        for (var s = 0; s < stages.Length; s++)
        {
            var median = rates[s].Order().ElementAt(rounds / 2);
            Console.WriteLine(FormattableString.Invariant($"stage subs={size} {stages[s].Name,-12} articles/s={median,8:0} µs/article={1e6 / median,6:0.0} x-read={read / median:0.00}"));
        }

        return 0;
    }

    private static int IterateTokens(NewsBot.Core.Text.ArticleText text)
    {
        var sum = 0;
        foreach (var token in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(text.Tokens))
        {
            sum += token.Length + (int)token.Kind;
        }

        return sum;
    }

    private static int HashWords(NewsBot.Core.Text.ArticleText text)
    {
        var sum = 0u;
        var folded = text.Folded.AsSpan();
        foreach (var token in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(text.Tokens))
        {
            if (token.Kind != NewsBot.Core.Text.TokenKind.Word)
            {
                continue;
            }

            sum += WordShape.Of(folded, token.Start, token.Length, out _).Hash;
        }

        return (int)sum;
    }

    private struct WordCounts(WordKeys keys, TermDictionary dictionary) : IWordSink
    {
        public long Words;
        public long Keys;
        public long Prefixed;
        public long Long;

        public readonly void Elided(ReadOnlySpan<char> folded, in WordShape shape, int word)
        {
        }

        public void Add(ReadOnlySpan<char> folded, ReadOnlySpan<char> raw, int position, int token, bool number, in WordShape shape, int word)
        {
            if (number)
            {
                return;
            }

            var entry = keys.Find(folded, shape, dictionary);
            Words++;
            Keys += entry.Word >= 0 ? 1 : 0;
            Prefixed += entry.Prefix >= 0 ? 1 : 0;
            Long += folded.Length > WordShape.PackedChars ? 1 : 0;
        }
    }

    private struct FindSink(WordKeys keys, TermDictionary dictionary) : IWordSink
    {
        public int Count;

        public readonly void Elided(ReadOnlySpan<char> folded, in WordShape shape, int word)
        {
        }

        public void Add(ReadOnlySpan<char> folded, ReadOnlySpan<char> raw, int position, int token, bool number, in WordShape shape, int word)
        {
            if (!number)
            {
                var entry = keys.Find(folded, shape, dictionary);
                Count += entry.Word + entry.Prefix + entry.Stop;
            }
        }
    }

    private struct CountSink : IWordSink
    {
        public int Count;

        public readonly void Elided(ReadOnlySpan<char> folded, in WordShape shape, int word)
        {
        }

        public void Add(ReadOnlySpan<char> folded, ReadOnlySpan<char> raw, int position, int token, bool number, in WordShape shape, int word) => Count += (int)shape.Hash & 1;
    }
}
