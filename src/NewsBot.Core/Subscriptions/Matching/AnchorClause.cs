namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// Keys of which a matching article must contain at least one. A query compiles to a few such clauses
/// that must all hold; the index selects an article's candidates by them.
/// </summary>
/// <param name="Keys">Term dictionary ids.</param>
/// <param name="Strength">How rare the clause probably is (longer words are rarer; function words score 0).</param>
internal readonly record struct AnchorClause(int[] Keys, int Strength);
