using NewsBot.Core.Feeds;
using NewsBot.Feeds.Text;

namespace NewsBot.Feeds.Parsing;

/// <summary>An entry read from a feed document, by its 1-based position, its markup not yet converted.</summary>
internal sealed record IdentifiedEntry(int Position, FeedEntry Entry)
{
    /// <summary>The GUID as the stored article will hold it (cleaned as <see cref="FeedItemBuilder"/> cleans it).</summary>
    public string? ExternalId => Entry.Id is null ? null : ItemText.Clean(Entry.Id);

    public PendingItem ToPending() => new(ExternalId, Entry.Link, Entry.Published, () => FeedItemBuilder.Build(Entry));
}
