using NewsBot.Core.Articles;

namespace NewsBot.Feeds.Parsing;

/// <summary>
/// The items of a feed document, its format, how many entries held nothing usable, and the entries
/// that failed to read (each skipped on its own; the others are here).
/// </summary>
internal sealed record ParsedFeed(FeedFormat Format, IReadOnlyList<RawItem> Items, int SkippedEntries, IReadOnlyList<ItemFailure> Failures);
