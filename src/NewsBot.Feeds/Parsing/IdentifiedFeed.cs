using NewsBot.Core.Articles;

namespace NewsBot.Feeds.Parsing;

/// <summary>
/// The entries of a feed document, identified but not converted, its format, and the entries that
/// failed to read (each skipped on its own; the others are here).
/// </summary>
internal sealed record IdentifiedFeed(FeedFormat Format, IReadOnlyList<IdentifiedEntry> Entries, IReadOnlyList<ItemFailure> Failures)
{
    /// <summary>
    /// Every entry converted to text, for callers that want them all: an entry without title or text
    /// counts as skipped, one whose conversion throws as a failure, and the others go on.
    /// </summary>
    public ParsedFeed Convert()
    {
        var items = new List<RawItem>(Entries.Count);
        var failures = new List<ItemFailure>(Failures);
        var empty = 0;
        foreach (var entry in Entries)
        {
            try
            {
                if (FeedItemBuilder.Build(entry.Entry) is { } item)
                {
                    items.Add(item);
                }
                else
                {
                    empty++;
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failures.Add(new ItemFailure(entry.Position, $"{ex.GetType().Name}: {ex.Message}"));
            }
        }

        return new ParsedFeed(Format, items, empty, failures.OrderBy(f => f.Position).ToList());
    }
}
