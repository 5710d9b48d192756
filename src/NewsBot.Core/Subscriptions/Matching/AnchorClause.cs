namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// Keys of which a matching article must contain at least one. A query compiles to a few such clauses
/// that must all hold; the index selects an article's candidates by them.
/// </summary>
/// <param name="Keys">Term dictionary ids.</param>
/// <param name="Strength">How rare the clause probably is by its words: longer words are rarer; function words score 0.</param>
/// <param name="Postings">How many subscriptions its keys already select: what the clause costs on every article that has them.</param>
internal readonly record struct AnchorClause(int[] Keys, int Strength, int Postings)
{
    /// <summary>Cheapest and most selective first: no function word, fewest postings, longest words.</summary>
    public static int Compare(AnchorClause a, AnchorClause b)
    {
        var weak = (a.Strength == 0).CompareTo(b.Strength == 0);
        if (weak != 0)
        {
            return weak;
        }

        var postings = a.Postings.CompareTo(b.Postings);
        return postings != 0 ? postings : b.Strength.CompareTo(a.Strength);
    }
}
