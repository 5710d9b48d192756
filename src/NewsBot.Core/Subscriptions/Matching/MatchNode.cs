namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>A compiled query node, evaluated exactly on one article.</summary>
internal abstract class MatchNode
{
    public abstract bool Evaluate(MatchContext context);

    /// <summary>Adds what made this node true; called only on nodes that are.</summary>
    public abstract void Explain(MatchContext context, List<MatchHit> hits);

    /// <summary>Appends this node to a <see cref="TopicProgram"/>.</summary>
    /// <param name="code">The program.</param>
    /// <param name="filters">Nodes the program calls back, by index.</param>
    public abstract void Emit(List<int> code, List<MatchNode> filters);

    /// <summary>Starts a node: its operation and a placeholder for its length.</summary>
    protected static int Open(List<int> code, int operation)
    {
        code.Add(operation);
        code.Add(0);
        return code.Count - 2;
    }

    protected static void Close(List<int> code, int at) => code[at + 1] = code.Count - at;

    protected static void EmitAll(List<int> code, List<MatchNode> filters, int operation, IEnumerable<MatchNode> children)
    {
        var at = Open(code, operation);
        foreach (var child in children)
        {
            child.Emit(code, filters);
        }

        Close(code, at);
    }
}

internal sealed class AndMatch(MatchNode[] children) : MatchNode
{
    public override bool Evaluate(MatchContext context)
    {
        foreach (var child in children)
        {
            if (!child.Evaluate(context))
            {
                return false;
            }
        }

        return true;
    }

    public override void Explain(MatchContext context, List<MatchHit> hits)
    {
        foreach (var child in children)
        {
            child.Explain(context, hits);
        }
    }

    public override void Emit(List<int> code, List<MatchNode> filters) => EmitAll(code, filters, TopicProgram.And, children);
}

internal sealed class OrMatch(MatchNode[] children) : MatchNode
{
    public override bool Evaluate(MatchContext context)
    {
        foreach (var child in children)
        {
            if (child.Evaluate(context))
            {
                return true;
            }
        }

        return false;
    }

    public override void Explain(MatchContext context, List<MatchHit> hits)
    {
        foreach (var child in children)
        {
            if (child.Evaluate(context))
            {
                child.Explain(context, hits);
            }
        }
    }

    public override void Emit(List<int> code, List<MatchNode> filters) => EmitAll(code, filters, TopicProgram.Or, children);
}

internal sealed class NotMatch(MatchNode child) : MatchNode
{
    public override bool Evaluate(MatchContext context) => !child.Evaluate(context);

    // What is absent explains nothing the reader can check in the article.
    public override void Explain(MatchContext context, List<MatchHit> hits)
    {
    }

    public override void Emit(List<int> code, List<MatchNode> filters) => EmitAll(code, filters, TopicProgram.Not, [child]);
}
