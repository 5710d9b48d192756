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
            return new CompiledTopic(root, null, PostingChecks.None, Exact: false, [], null, excluded);
        }

        // The anchor is the clause that selects the query the most cheaply: each of its keys lists the
        // query, and every article with that key reads the list. The other clauses cost nothing until
        // then, so two single-word ones, the longest (rarest) first, are checked before evaluating; or,
        // for a query of single keys that fits in a posting, all of them.
        clauses.Sort(AnchorClause.Compare);
        var ordered = clauses.ToArray();
        var checks = ordered.Skip(1)
            .Where(c => c.Keys.Length == 1 && !ordered[0].Keys.Contains(c.Keys[0]))
            .OrderByDescending(c => c.Strength)
            .Select(c => c.Keys[0]);
        return Anchored(root, ordered, 0, checks, excluded, KeysOf(query.Root, dictionary, excluded));
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
        var anchored = Anchored(topic.Root, clauses, best, checks, topic.Excluded, topic.Keys);
        return anchored.Anchor!.Value.Keys == topic.Anchor!.Value.Keys && anchored.Checks == topic.Checks ? topic : anchored;
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

    private static CompiledTopic Anchored(MatchNode root, AnchorClause[] clauses, int anchor, IEnumerable<int> checks, int excluded, KeyQuery? query)
    {
        var anchorKeys = clauses[anchor].Keys;
        if (query is not null && anchorKeys.Length == 1 && WholeQuery(query, anchorKeys[0]) is { } whole)
        {
            return new CompiledTopic(root, clauses[anchor], whole, Exact: true, clauses, query, excluded);
        }

        var keys = checks.Distinct().Concat([TermDictionary.Always, TermDictionary.Always]).Take(2).ToArray();
        var partial = new PostingChecks(keys[0], keys[1], excluded, Either: false, ThirdNeeded: false);
        return new CompiledTopic(root, clauses[anchor], partial, Exact: false, clauses, query, excluded);
    }

    /// <summary>Checks that are, with <paramref name="anchor"/>, the whole of <paramref name="query"/>; null when it does not fit.</summary>
    private static PostingChecks? WholeQuery(KeyQuery query, int anchor)
    {
        if (!query.Needed.Contains(anchor))
        {
            return null;
        }

        var rest = query.Needed.Where(k => k != anchor).Distinct().ToArray();
        var excluded = query.Excluded ?? TermDictionary.Never;
        if (query.Either is [var either, var or])
        {
            return rest switch
            {
                [] => new PostingChecks(either, or, excluded, Either: true, ThirdNeeded: false),
                [var third] when query.Excluded is null => new PostingChecks(either, or, third, Either: true, ThirdNeeded: true),
                _ => null,
            };
        }

        return rest switch
        {
            [] => new PostingChecks(TermDictionary.Always, TermDictionary.Always, excluded, Either: false, ThirdNeeded: false),
            [var first] => new PostingChecks(first, TermDictionary.Always, excluded, Either: false, ThirdNeeded: false),
            [var first, var second] => new PostingChecks(first, second, excluded, Either: false, ThirdNeeded: false),
            [var first, var second, var third] when query.Excluded is null => new PostingChecks(first, second, third, Either: false, ThirdNeeded: true),
            _ => null,
        };
    }

    /// <summary>The query as a <see cref="KeyQuery"/>, if it is one: single keys, at most one OR of two and at most one NOT (<paramref name="excluded"/>).</summary>
    private static KeyQuery? KeysOf(QueryNode root, TermDictionary dictionary, int excluded)
    {
        var needed = new HashSet<int>();
        int[]? either = null;
        var negated = false;
        foreach (var child in root is AndNode and ? and.Children : [root])
        {
            if (KeyOf(child, dictionary) is { } key)
            {
                needed.Add(key);
            }
            else if (child is NotNode not && !negated && KeyOf(not.Child, dictionary) == excluded)
            {
                negated = true;
            }
            else if (child is OrNode { Children: [var left, var right] } && either is null
                && KeyOf(left, dictionary) is { } one && KeyOf(right, dictionary) is { } other)
            {
                either = [one, other];
            }
            else
            {
                return null;
            }
        }

        return new KeyQuery(needed.Count == 1 ? dictionary.KeyAlone(needed.First()) : [.. needed], either, negated ? excluded : null);
    }

    /// <summary>The one key a word, a prefix, an alias group or a language is; null for anything else.</summary>
    private static int? KeyOf(QueryNode node, TermDictionary dictionary) => node switch
    {
        PrefixNode prefix => dictionary.Prefix(prefix.Prefix),
        FilterNode { Kind: FilterKind.Language } language => dictionary.Language(language.Value),
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
            case AliasNode alias when dictionary.CompiledAlias(alias.Group.Id) is { } compiled:
                // The group's names are compiled once, by the first query that names it, and shared by all.
                return (new AnyNameMatch(alias.Typed, compiled.Key, compiled.Names), [new AnchorClause(dictionary.KeyAlone(compiled.Key), compiled.Strength, dictionary.PostingCount(compiled.Key))]);
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

                var key = dictionary.AliasGroup(alias.Group.Id, names, triggers, strength);
                return (new AnyNameMatch(alias.Typed, key, names), [new AnchorClause(dictionary.KeyAlone(key), strength, dictionary.PostingCount(key))]);
            }

            case PrefixNode prefix:
            {
                var key = dictionary.Prefix(prefix.Prefix);
                return (new PrefixMatch(prefix.Typed, key), [new AnchorClause(dictionary.KeyAlone(key), prefix.Prefix.Length, dictionary.PostingCount(key))]);
            }

            case FilterNode { Kind: FilterKind.Language } language:
            {
                // A language is a key the article gets, but half the articles have it: an anchor of last resort.
                var key = dictionary.Language(language.Value);
                return (new FilterMatch(language.Kind, language.Value), [new AnchorClause(dictionary.KeyAlone(key), 0, dictionary.PostingCount(key))]);
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
                return (node2, [new AnchorClause(keys is [var only] ? dictionary.KeyAlone(only) : keys, best.Min(b => b.Strength), Postings(keys, dictionary))]);
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
                clauses.Add(new AnchorClause(dictionary.KeyAlone(keys[i]), strength, dictionary.PostingCount(keys[i])));
            }
        }

        return (new SequenceMatch(label, keys, sequence.Offsets, proximity), clauses);
    }

    private static int Postings(int[] keys, TermDictionary dictionary)
    {
        var sum = 0;
        foreach (var key in keys)
        {
            sum += dictionary.PostingCount(key);
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
