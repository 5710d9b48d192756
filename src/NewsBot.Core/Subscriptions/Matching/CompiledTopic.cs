namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>A query compiled against a term dictionary: the exact matcher and the clauses that select it as a candidate.</summary>
/// <param name="Root">Evaluates the whole query on an article.</param>
/// <param name="Anchors">Empty when nothing selects the query: it is then tried on every article.</param>
internal sealed record CompiledTopic(MatchNode Root, IReadOnlyList<AnchorClause> Anchors);
