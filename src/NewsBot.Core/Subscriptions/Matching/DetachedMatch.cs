namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// Stands for a compiled tree that the index does not keep: matching runs each subscription's flat
/// <see cref="TopicProgram"/>, and <see cref="TopicIndex.Explain"/>, which is rare, compiles the query
/// again. With 100,000 subscriptions the trees were the largest part of the index (see docs/PERFORMANCE.md, Memory).
/// </summary>
internal sealed class DetachedMatch : MatchNode
{
    private DetachedMatch()
    {
    }

    public static DetachedMatch Instance { get; } = new();

    public override bool Evaluate(MatchContext context) => throw Detached();

    public override void Explain(MatchContext context, List<MatchHit> hits) => throw Detached();

    public override void Emit(List<int> code, List<MatchNode> filters) => throw Detached();

    private static InvalidOperationException Detached() => new("the index does not keep match trees; compile the query again");
}
