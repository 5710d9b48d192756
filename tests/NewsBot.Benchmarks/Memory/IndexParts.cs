using NewsBot.Core.Subscriptions;
using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Core.Subscriptions.Query;

namespace NewsBot.Benchmarks.Memory;

/// <summary>
/// What the topic index's parts weigh over the same subscriptions: the compiled topics (trees, clauses, key
/// queries and the term dictionary), the flat programs matching reads, and the trees, which the index no
/// longer keeps (<see cref="DetachedMatch"/>).
/// </summary>
internal static class IndexParts
{
    public static List<string> Measure(IReadOnlyList<Subscription> subscriptions, AliasTable aliases)
    {
        var start = HeapProbe.Live();
        var dictionary = new TermDictionary();
        var topics = subscriptions.Select(s => TopicCompiler.Compile(TopicQuery.Parse(s.Query, aliases), dictionary)).ToArray();
        var compiled = HeapProbe.Live();
        var programs = topics.Select(t => new TopicProgram(t.Root)).ToArray();
        var withPrograms = HeapProbe.Live();
        for (var i = 0; i < topics.Length; i++)
        {
            topics[i] = topics[i].WithoutTree();
        }

        var detached = HeapProbe.Live();
        GC.KeepAlive(topics);
        GC.KeepAlive(programs);
        GC.KeepAlive(dictionary);
        return
        [
            $"part   compiled-topics  heap-mb={HeapProbe.Mb(compiled - start),7} (trees, clauses, key queries, term dictionary without postings)",
            $"part   programs         heap-mb={HeapProbe.Mb(withPrograms - compiled),7} (what matching evaluates)",
            $"part   trees            heap-mb={HeapProbe.Mb(withPrograms - detached),7} (of the compiled topics; no longer kept)",
        ];
    }
}
