namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>A name of the alias table: true when the article has any name of its group.</summary>
/// <param name="label">The name as the query wrote it.</param>
/// <param name="key">The group's <see cref="AliasKey"/>: many subscriptions name the same group, and the article is searched for its names once.</param>
/// <param name="names">The group's names.</param>
internal sealed class AnyNameMatch(string label, int key, SequenceMatch[] names) : MatchNode
{
    /// <summary>The group's names, shared by every query naming the group, for tests.</summary>
    internal IReadOnlyList<SequenceMatch> Names => names;

    public override bool Evaluate(MatchContext context)
    {
        foreach (var name in names)
        {
            if (name.Evaluate(context))
            {
                return true;
            }
        }

        return false;
    }

    public override void Explain(MatchContext context, List<MatchHit> hits)
    {
        var count = 0;
        var found = new List<string>();
        foreach (var name in names)
        {
            var times = name.Find(context, out var first, out var last);
            if (times > 0)
            {
                count += times;
                var text = context.Slice(first, last);
                if (!found.Contains(text, StringComparer.OrdinalIgnoreCase))
                {
                    found.Add(text);
                }
            }
        }

        if (count > 0)
        {
            hits.Add(new MatchHit(label, string.Join(", ", found), count));
        }
    }

    public override void Emit(List<int> code, List<MatchNode> filters) => TopicProgram.EmitKey(code, key);
}
