namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>A compiled query node, evaluated exactly on one article.</summary>
internal abstract class MatchNode
{
    public abstract bool Evaluate(MatchContext context);

    /// <summary>Adds what made this node true; called only on nodes that are.</summary>
    public abstract void Explain(MatchContext context, List<MatchHit> hits);
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
}

internal sealed class NotMatch(MatchNode child) : MatchNode
{
    public override bool Evaluate(MatchContext context) => !child.Evaluate(context);

    // What is absent explains nothing the reader can check in the article.
    public override void Explain(MatchContext context, List<MatchHit> hits)
    {
    }
}
