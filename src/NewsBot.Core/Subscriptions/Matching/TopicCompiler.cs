using NewsBot.Core.Subscriptions.Query;

namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// Compiles a parsed query into matchers over a <see cref="TermDictionary"/>'s ids, and extracts the
/// clauses a matching article must satisfy, like Lucene Monitor's presearcher: a term must be present, a
/// phrase needs each of its words, an OR needs one of its branches' clauses, a NOT or a filter needs
/// nothing. One clause anchors the query in the index; a few single words are checked before evaluating.
/// </summary>
internal static class TopicCompiler
{
    public static CompiledTopic Compile(TopicQuery query, TermDictionary dictionary)
    {
        var (root, clauses) = Compile(query.Root, dictionary);
        if (clauses.Count == 0)
        {
            return new CompiledTopic(root, null, TermDictionary.Always, TermDictionary.Always, TermDictionary.Never, Exact: false);
        }

        // The anchor is the clause that selects the query the most cheaply: each of its keys lists the
        // query, and every article with that key reads the list. The other clauses cost nothing until
        // then, so two single-word ones, the longest (rarest) first, are checked before evaluating.
        clauses.Sort(AnchorClause.Compare);
        var anchor = clauses[0];
        var checks = clauses.Skip(1)
            .Where(c => c.Keys.Length == 1 && !anchor.Keys.Contains(c.Keys[0]))
            .OrderByDescending(c => c.Strength)
            .Select(c => c.Keys[0])
            .Distinct()
            .Concat([TermDictionary.Always, TermDictionary.Always])
            .ToArray();
        var excluded = Excluded(query.Root, dictionary);
        var exact = anchor.Keys.Length == 1 && IsExact(query.Root, dictionary, [anchor.Keys[0], checks[0], checks[1]], excluded);
        return new CompiledTopic(root, anchor, checks[0], checks[1], excluded, exact);
    }

    /// <summary>
    /// Whether the query is words that must all be there, and at most one that must not, with no more
    /// words than a posting checks: most subscriptions people write ("ukraine drones -russia"). Those
    /// match without being evaluated.
    /// </summary>
    private static bool IsExact(QueryNode root, TermDictionary dictionary, int[] checkedKeys, int excluded)
    {
        var required = new HashSet<int>();
        var negated = 0;
        foreach (var child in root is AndNode and ? and.Children : [root])
        {
            switch (child)
            {
                case TextNode { Sequence: { Count: 1 } sequence }:
                    required.Add(KeyOf(sequence, dictionary));
                    break;
                case NotNode { Child: TextNode { Sequence: { Count: 1 } sequence } } when KeyOf(sequence, dictionary) == excluded && negated++ == 0:
                    break;
                default:
                    return false;
            }
        }

        return required.SetEquals(checkedKeys.Where(k => k != TermDictionary.Always));
    }

    private static int KeyOf(TermSequence sequence, TermDictionary dictionary) =>
        sequence.Acronym ? dictionary.Acronym(sequence.Keys[0]) : dictionary.Word(sequence.Keys[0]);

    /// <summary>A word whose presence alone rules the query out: <c>a b -c</c> or <c>a AND NOT c</c>.</summary>
    private static int Excluded(QueryNode root, TermDictionary dictionary)
    {
        if (root is AndNode and)
        {
            foreach (var child in and.Children)
            {
                if (child is NotNode { Child: TextNode { Sequence: { Count: 1 } sequence } })
                {
                    return KeyOf(sequence, dictionary);
                }
            }
        }

        return TermDictionary.Never;
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
                return (new AnyNameMatch(alias.Typed, alias.Group.Id, names), [new AnchorClause(distinct, strength, Postings(distinct, dictionary))]);
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

    private static int Postings(int[] keys, TermDictionary dictionary)
    {
        var sum = 0;
        foreach (var key in keys)
        {
            sum += dictionary.PostingsOf(key).Count;
        }

        return sum;
    }

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
}
