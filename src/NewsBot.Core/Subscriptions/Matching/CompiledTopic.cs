namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>A query compiled against a term dictionary: the exact matcher, and how the index selects it as a candidate.</summary>
/// <param name="Root">Evaluates the whole query on an article.</param>
/// <param name="Anchor">The clause whose keys list the query in the index; null when nothing selects it, and it is then tried on every article.</param>
/// <param name="First">A key of another clause that a matching article has, or <see cref="TermDictionary.Always"/>.</param>
/// <param name="Second">Another such key, or <see cref="TermDictionary.Always"/>.</param>
/// <param name="Excluded">A key no matching article has (a word under a NOT at the top), or <see cref="TermDictionary.Never"/>.</param>
/// <param name="Exact">The anchor, <paramref name="First"/>, <paramref name="Second"/> and <paramref name="Excluded"/> are the whole query: an article that passes them matches.</param>
/// <param name="Clauses">Every clause a matching article satisfies, best guess of the cheapest first: what it can be anchored on.</param>
/// <param name="Required">For a query of single keys only (words, prefixes, alias groups; at most one of them under NOT), the keys it needs; else null.</param>
internal sealed record CompiledTopic(MatchNode Root, AnchorClause? Anchor, int First, int Second, int Excluded, bool Exact, AnchorClause[] Clauses, int[]? Required);
