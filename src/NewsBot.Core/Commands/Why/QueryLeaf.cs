namespace NewsBot.Core.Commands.Why;

/// <summary>A word, phrase, name or prefix of a query (<see cref="Query"/>, usable as a query alone), or a filter.</summary>
/// <param name="Query">The term as a query of its own; for a filter, <c>name:value</c>.</param>
/// <param name="Negated">Under NOT (an odd number of them): finding it is what excludes the article.</param>
/// <param name="Filter">The filter, when the leaf is one; a filter alone is not a valid query.</param>
internal sealed record QueryLeaf(string Query, bool Negated, Subscriptions.Query.FilterNode? Filter);
