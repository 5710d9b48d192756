namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>An alias group that a key may name, as <see cref="TermDictionary.AliasesWith"/> gives it.</summary>
/// <param name="Alias">The group.</param>
/// <param name="Names">
/// The key alone is a name of the group (Ukraine, Koursk), so an article with the key has the group
/// without a search; else it is one word of a longer name (Corée of "Corée du Nord"), which must be
/// looked for.
/// </param>
internal readonly record struct AliasTrigger(AliasKey Alias, bool Names);
