using NewsBot.Core.Subscriptions;
using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Core.Subscriptions.Query;

namespace NewsBot.Benchmarks.Memory;

/// <summary>
/// What the topic index's parts weigh, each kept alone over the same subscriptions: the compiled topics
/// (trees, clauses and the term dictionary), the trees alone, and the flat programs matching reads.
/// </summary>
internal static class IndexParts
{
    public static IEnumerable<string> Measure(IReadOnlyList<Subscription> subscriptions, AliasTable aliases)
    {
        var start = HeapProbe.Live();
        var dictionary = new TermDictionary();
        var topics = subscriptions.Select(s => TopicCompiler.Compile(TopicQuery.Parse(s.Query, aliases), dictionary)).ToArray();
        var compiled = HeapProbe.Live();
        var programs = topics.Select(t => new TopicProgram(t.Root)).ToArray();
        var withPrograms = HeapProbe.Live();
        var roots = topics.Select(t => t.Root).ToArray();
        topics = null;
        var treesOnly = HeapProbe.Live();
        GC.KeepAlive(roots);
        GC.KeepAlive(programs);
        GC.KeepAlive(dictionary);
        yield return $"part   compiled-topics  heap-mb={HeapProbe.Mb(compiled - start),7} (trees, clauses, key queries, term dictionary without postings)";
        yield return $"part   programs         heap-mb={HeapProbe.Mb(withPrograms - compiled),7}";
        yield return $"part   trees            heap-mb={HeapProbe.Mb(treesOnly - (withPrograms - compiled) - start - DictionaryOnly(subscriptions, aliases)),7} (the match trees alone, with the alias names they compile)";
        GC.KeepAlive(topics);
    }

    private static long DictionaryOnly(IReadOnlyList<Subscription> subscriptions, AliasTable aliases)
    {
        var start = HeapProbe.Live();
        var dictionary = new TermDictionary();
        foreach (var subscription in subscriptions)
        {
            TopicCompiler.Compile(TopicQuery.Parse(subscription.Query, aliases), dictionary);
        }

        var end = HeapProbe.Live();
        GC.KeepAlive(dictionary);
        return end - start;
    }
}
