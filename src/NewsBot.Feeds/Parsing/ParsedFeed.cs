using NewsBot.Core.Articles;

namespace NewsBot.Feeds.Parsing;

/// <summary>The items of a feed document, its format, and how many entries held nothing usable.</summary>
internal sealed record ParsedFeed(FeedFormat Format, IReadOnlyList<RawItem> Items, int SkippedEntries);
