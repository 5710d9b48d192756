using NewsBot.Core.Subscriptions.Query;

namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// Compiles a parsed query into matchers over a <see cref="TermDictionary"/>'s ids, and extracts its
/// anchor clauses, like Lucene Monitor's presearcher: a term must be present, a phrase needs each of its
/// words, an OR needs one of its branches' anchors, a NOT or a filter needs nothing.
/// </summary>
internal static class TopicCompiler
{
    /// <summary>More clauses select fewer false candidates but put the subscription on more postings lists.</summary>
    public const int MaxAnchors = 3;

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

                return (new AnyNameMatch(alias.Typed, names), [new AnchorClause([.. keys.Distinct()], strength)]);
            }

            case PrefixNode prefix:
            {
                var key = dictionary.Prefix(prefix.Prefix);
                return (new PrefixMatch(prefix.Typed, key), [new AnchorClause([key], prefix.Prefix.Length)]);
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
                return (node2, [new AnchorClause([.. best.SelectMany(b => b.Keys).Distinct()], best.Min(b => b.Strength))]);
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
                clauses.Add(new AnchorClause([keys[i]], strength));
            }
        }

        return (new SequenceMatch(label, keys, sequence.Offsets, proximity), clauses);
    }

    private static AnchorClause Best(List<AnchorClause> clauses) =>
        clauses.OrderByDescending(c => c.Strength).ThenBy(c => c.Keys.Length).First();

    private static AnchorClause[] Choose(List<AnchorClause> clauses)
    {
        var ordered = clauses.OrderByDescending(c => c.Strength).ThenBy(c => c.Keys.Length).ToList();
        var chosen = new List<AnchorClause>(MaxAnchors);
        foreach (var clause in ordered)
        {
            if (chosen.Count == MaxAnchors || (clause.Strength == 0 && chosen.Count > 0))
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
