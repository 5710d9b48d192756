namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// A query made only of single keys (words, prefixes, alias groups), as most that people write are
/// ("ukraine drones -russia", "north korea (troops OR soldiers)"): it needs every key of
/// <paramref name="Needed"/>, one of <paramref name="Either"/>, and not <paramref name="Excluded"/>.
/// When that fits in what a posting checks, the posting is the whole query.
/// </summary>
/// <param name="Needed">Keys the article must have.</param>
/// <param name="Either">An OR of two keys, one of which it must have; or null.</param>
/// <param name="Excluded">A key it must not have; or null.</param>
internal sealed record KeyQuery(int[] Needed, int[]? Either, int? Excluded);
