using NewsBot.Core.Subscriptions.Query;

namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// Compiles a parsed query into matchers over a <see cref="TermDictionary"/>'s ids, and extracts its
/// anchor clauses, like Lucene Monitor's presearcher: a term must be present, a phrase needs each of its
/// words, an OR needs one of its branches' anchors, a NOT or a filter needs nothing.
/// </summary>
internal static class TopicCompiler
{
    /// <summary>
    /// More clauses select fewer false candidates but put the subscription on more postings lists.
    /// At most 3: <see cref="TopicIndex"/> keeps the clause number in two bits of a posting.
    /// </summary>
    public const int MaxAnchors = 3;

    /// <summary>
    /// A clause beyond the first is only worth it while its keys select few subscriptions: a common
    /// word (ukraine) on 20,000 postings lists costs 20,000 steps on every article that has it.
    /// </summary>
    public const int CheapPostings = 32;

    public static CompiledTopic Compile(TopicQuery query, TermDictionary dictionary)
    {
        var (root, clauses) = Compile(query.Root, dictionary);
        return new CompiledTopic(root, Choose(clauses));
    }

    private static (MatchNode Node, List<AnchorClause> Clauses) Compile(QueryNode node, TermDictionary dictionary)
    {
        switch (node)
        {
            case TextNode text:
                return Sequence(text.Sequence.Text, text.Sequence, text.Proximity, dictionary);
            case AliasNode alias:
            {
                var names = new SequenceMatch[alias.Group.Names.Count];
                var keys = new List<int>();
                var strength = int.MaxValue;
                for (var i = 0; i < names.Length; i++)
                {
                    var (match, clauses) = Sequence(alias.Typed, alias.Group.Names[i], null, dictionary);
                    names[i] = (SequenceMatch)match;
                    var best = Best(clauses);
                    keys.AddRange(best.Keys);
                    strength = Math.Min(strength, best.Strength);
                }

                var distinct = keys.Distinct().ToArray();
                return (new AnyNameMatch(alias.Typed, names), [new AnchorClause(distinct, strength, Postings(distinct, dictionary))]);
            }

            case PrefixNode prefix:
            {
                var key = dictionary.Prefix(prefix.Prefix);
                return (new PrefixMatch(prefix.Typed, key), [new AnchorClause([key], prefix.Prefix.Length, Postings([key], dictionary))]);
            }

            case FilterNode filter:
                return (new FilterMatch(filter.Kind, filter.Value), []);
            case NotNode not:
                return (new NotMatch(Compile(not.Child, dictionary).Node), []);
            case AndNode and:
            {
                var children = and.Children.Select(c => Compile(c, dictionary)).ToArray();
                return (new AndMatch(children.Select(c => c.Node).ToArray()), children.SelectMany(c => c.Clauses).ToList());
            }

            case OrNode or:
            {
                var children = or.Children.Select(c => Compile(c, dictionary)).ToArray();
                var node2 = new OrMatch(children.Select(c => c.Node).ToArray());
                if (children.Any(c => c.Clauses.Count == 0))
                {
                    return (node2, []);
                }

                var best = children.Select(c => Best(c.Clauses)).ToArray();
                var keys = best.SelectMany(b => b.Keys).Distinct().ToArray();
                return (node2, [new AnchorClause(keys, best.Min(b => b.Strength), Postings(keys, dictionary))]);
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "unknown query node");
        }
    }

    private static (MatchNode, List<AnchorClause>) Sequence(string label, TermSequence sequence, int? proximity, TermDictionary dictionary)
    {
        var keys = new int[sequence.Count];
        var clauses = new List<AnchorClause>(sequence.Count);
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = sequence.Acronym ? dictionary.Acronym(sequence.Keys[i]) : dictionary.Word(sequence.Keys[i]);
            if (!clauses.Any(c => c.Keys[0] == keys[i]))
            {
                // An acronym is rarer than its two or three letters suggest: it only matches in capitals.
                var strength = sequence.Acronym ? 4 : sequence.Weak[i] ? 0 : sequence.Keys[i].Length;
                clauses.Add(new AnchorClause([keys[i]], strength, dictionary.PostingsOf(keys[i]).Count));
            }
        }

        return (new SequenceMatch(label, keys, sequence.Offsets, proximity), clauses);
    }

    private static int Postings(int[] keys, TermDictionary dictionary) => keys.Sum(k => dictionary.PostingsOf(k).Count);

    private static AnchorClause Best(List<AnchorClause> clauses)
    {
        var best = clauses[0];
        foreach (var clause in clauses)
        {
            if (AnchorClause.Compare(clause, best) < 0)
            {
                best = clause;
            }
        }

        return best;
    }

    private static AnchorClause[] Choose(List<AnchorClause> clauses)
    {
        var ordered = clauses.ToList();
        ordered.Sort(AnchorClause.Compare);
        var chosen = new List<AnchorClause>(MaxAnchors);
        foreach (var clause in ordered)
        {
            if (chosen.Count == MaxAnchors || (chosen.Count > 0 && (clause.Strength == 0 || clause.Postings > CheapPostings)))
            {
                break;
            }

            if (!chosen.Any(c => c.Keys.SequenceEqual(clause.Keys)))
            {
                chosen.Add(clause);
            }
        }

        return [.. chosen];
    }
}
