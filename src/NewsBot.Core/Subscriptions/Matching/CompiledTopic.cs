namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>A query compiled against a term dictionary: the exact matcher, and how the index selects it as a candidate.</summary>
/// <param name="Root">Evaluates the whole query on an article.</param>
/// <param name="Anchor">The clause whose keys list the query in the index; null when nothing selects it, and it is then tried on every article.</param>
/// <param name="Checks">What its postings check besides the anchor.</param>
/// <param name="Exact">The anchor and <paramref name="Checks"/> are the whole query: an article that passes them matches.</param>
/// <param name="Clauses">Every clause a matching article satisfies, best guess of the cheapest first: what it can be anchored on.</param>
/// <param name="Keys">The query as single keys, when it is only that (see <see cref="KeyQuery"/>); else null.</param>
/// <param name="Excluded">A key no matching article has (a word under a NOT at the top), or <see cref="TermDictionary.Never"/>.</param>
internal sealed record CompiledTopic(MatchNode Root, AnchorClause? Anchor, PostingChecks Checks, bool Exact, AnchorClause[] Clauses, KeyQuery? Keys, int Excluded)
{
    /// <summary>The same without its tree (see <see cref="DetachedMatch"/>): what an index keeps once it made the topic's program.</summary>
    public CompiledTopic WithoutTree() => this with { Root = DetachedMatch.Instance };
}
