namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// One part of a query that an article satisfied: <c>north korea</c> found as "Corée du Nord" 12 times.
/// What the chat and <c>newsbot match --explain</c> show.
/// </summary>
/// <param name="Query">The term, phrase, prefix or filter as the query wrote it.</param>
/// <param name="Found">What the article has: the first occurrence as written, or for a filter the article's value.</param>
/// <param name="Count">How many times the article has it (1 for a filter).</param>
public sealed record MatchHit(string Query, string Found, int Count);
