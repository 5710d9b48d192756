namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// An alias group as one key of the <see cref="TermDictionary"/>: an article has the key when it has any
/// of the group's names, which <see cref="DocumentTerms"/> works out once per article, after its words.
/// A query naming the group then needs that one key, which can anchor it, be checked in its posting, and
/// make it exact; as names (several keys, phrases) it needed evaluating on every candidate.
/// </summary>
/// <param name="Key">The group's key.</param>
/// <param name="Names">The group's names, as compiled against the same dictionary; every query naming the group shares them.</param>
/// <param name="Strength">How rare the group probably is as an anchor: that of its weakest name (see <see cref="AnchorClause.Strength"/>).</param>
internal sealed record AliasKey(int Key, SequenceMatch[] Names, int Strength)
{
    public bool OccursIn(DocumentTerms terms)
    {
        foreach (var name in Names)
        {
            if (name.OccursIn(terms))
            {
                return true;
            }
        }

        return false;
    }
}
