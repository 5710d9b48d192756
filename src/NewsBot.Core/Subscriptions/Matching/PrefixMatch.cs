namespace NewsBot.Core.Subscriptions.Matching;

/// <summary><c>word*</c>: a word of the article starting with the prefix.</summary>
internal sealed class PrefixMatch(string label, int key) : MatchNode
{
    public override bool Evaluate(MatchContext context) => !context.Terms.Positions(key).IsEmpty;

    public override void Explain(MatchContext context, List<MatchHit> hits)
    {
        var tokens = context.Terms.Tokens(key);
        hits.Add(new MatchHit(label, context.Slice(tokens[0], tokens[0]), tokens.Length));
    }

    public override void Emit(List<int> code, List<MatchNode> filters) => TopicProgram.EmitKey(code, key);
}
