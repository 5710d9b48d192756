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
        var excluded = Excluded(query.Root, dictionary);
        if (clauses.Count == 0)
        {
            return new CompiledTopic(root, null, TermDictionary.Always, TermDictionary.Always, excluded, Exact: false, [], null);
        }

        // The anchor is the clause that selects the query the most cheaply: each of its keys lists the
        // query, and every article with that key reads the list. The other clauses cost nothing until
        // then, so two single-word ones, the longest (rarest) first, are checked before evaluating.
        clauses.Sort(AnchorClause.Compare);
        var ordered = clauses.ToArray();
        var checks = ordered.Skip(1)
            .Where(c => c.Keys.Length == 1 && !ordered[0].Keys.Contains(c.Keys[0]))
            .OrderByDescending(c => c.Strength)
            .Select(c => c.Keys[0]);
        return Anchored(root, ordered, 0, checks, excluded, Required(query.Root, dictionary, excluded));
    }

    /// <summary>
    /// The same query anchored on its clause that the fewest articles have, by <paramref name="frequency"/>,
    /// and checking its rarest single words; <paramref name="topic"/> itself when that changes nothing.
    /// Lengths and crowded lists only guess how rare a word is in the news; the articles matched say it.
    /// </summary>
    public static CompiledTopic Reanchor(CompiledTopic topic, KeyFrequency frequency)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(frequency);
        var clauses = topic.Clauses;
        if (clauses.Length < 2)
        {
            return topic;
        }

        var (best, _) = Cheapest(clauses, frequency);
        var anchor = clauses[best].Keys;
        var checks = clauses
            .Where((c, i) => i != best && c.Keys.Length == 1 && !anchor.Contains(c.Keys[0]))
            .OrderBy(c => frequency.Count(c.Keys[0]))
            .ThenByDescending(c => c.Strength)
            .Select(c => c.Keys[0]);
        var anchored = Anchored(topic.Root, clauses, best, checks, topic.Excluded, topic.Required);
        return anchored.Anchor!.Value.Keys == topic.Anchor!.Value.Keys && anchored.First == topic.First && anchored.Second == topic.Second
            ? topic
            : anchored;
    }

    /// <summary>The clause that the fewest counted articles have, and their number.</summary>
    public static (int Index, int Cost) Cheapest(AnchorClause[] clauses, KeyFrequency frequency)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        ArgumentNullException.ThrowIfNull(frequency);

        // Clauses are in compile order (best guess first), which breaks ties; a function word anchors
        // only when nothing else can.
        var best = 0;
        var bestCost = frequency.Cost(clauses[0]);
        for (var i = 1; i < clauses.Length; i++)
        {
            var cost = frequency.Cost(clauses[i]);
            if ((clauses[i].Strength == 0, cost).CompareTo((clauses[best].Strength == 0, bestCost)) < 0)
            {
                (best, bestCost) = (i, cost);
            }
        }

        return (best, bestCost);
    }

    private static CompiledTopic Anchored(MatchNode root, AnchorClause[] clauses, int anchor, IEnumerable<int> checks, int excluded, int[]? required)
    {
        var keys = checks.Distinct().Concat([TermDictionary.Always, TermDictionary.Always]).Take(2).ToArray();
        var anchorKeys = clauses[anchor].Keys;
        var exact = anchorKeys.Length == 1 && required is not null
            && required.ToHashSet().SetEquals(new[] { anchorKeys[0], keys[0], keys[1] }.Where(k => k != TermDictionary.Always));
        return new CompiledTopic(root, clauses[anchor], keys[0], keys[1], excluded, exact, clauses, required);
    }

    /// <summary>
    /// The keys a query made only of single keys (words, prefixes, alias groups) needs, when it has at most
    /// one that must not be there (<paramref name="excluded"/>), as most subscriptions people write
    /// ("ukraine drones -russia", "north korea troop*"):
    /// checked in a posting, they are the whole query, which then matches without being evaluated.
    /// Null for any other query.
    /// </summary>
    private static int[]? Required(QueryNode root, TermDictionary dictionary, int excluded)
    {
        var required = new HashSet<int>();
        var negated = 0;
        foreach (var child in root is AndNode and ? and.Children : [root])
        {
            if (KeyOf(child, dictionary) is { } key)
            {
                required.Add(key);
            }
            else if (child is not NotNode not || KeyOf(not.Child, dictionary) != excluded || negated++ > 0)
            {
                return null;
            }
        }

        return [.. required];
    }

    /// <summary>The one key a word, a prefix or an alias group is; null for anything else.</summary>
    private static int? KeyOf(QueryNode node, TermDictionary dictionary) => node switch
    {
        PrefixNode prefix => dictionary.Prefix(prefix.Prefix),
        TextNode { Sequence: { Count: 1 } sequence } => sequence.Acronym ? dictionary.Acronym(sequence.Keys[0]) : dictionary.Word(sequence.Keys[0]),
        AliasNode alias => dictionary.AliasKeyOf(alias.Group.Id),
        _ => null,
    };

    /// <summary>A word (or alias group) whose presence alone rules the query out: <c>a b -c</c> or <c>a AND NOT c</c>.</summary>
    private static int Excluded(QueryNode root, TermDictionary dictionary)
    {
        if (root is AndNode and)
        {
            foreach (var child in and.Children)
            {
                if (child is NotNode not && KeyOf(not.Child, dictionary) is { } key)
                {
                    return key;
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
                var triggers = new int[names.Length];
                var strength = int.MaxValue;
                for (var i = 0; i < names.Length; i++)
                {
                    var (match, clauses) = Sequence(alias.Typed, alias.Group.Names[i], null, dictionary);
                    names[i] = (SequenceMatch)match;
                    var best = Best(clauses);
                    triggers[i] = best.Keys[0];
                    strength = Math.Min(strength, best.Strength);
                }

                var key = dictionary.AliasGroup(alias.Group.Id, names, triggers);
                return (new AnyNameMatch(alias.Typed, key, names), [new AnchorClause([key], strength, Postings([key], dictionary))]);
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
