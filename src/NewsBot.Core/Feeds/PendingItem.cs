using NewsBot.Core.Articles;

namespace NewsBot.Core.Feeds;

/// <summary>
/// A feed item identified (GUID, link, date) but whose markup is not yet turned into text. The poller
/// converts only the items it has not stored before, so an item seen on every poll costs its
/// identification and nothing more.
/// </summary>
public sealed class PendingItem
{
    private readonly Func<RawItem?> _convert;

    /// <param name="externalId">The feed's own identifier, as <see cref="RawItem.ExternalId"/> will hold it.</param>
    /// <param name="link">The item's address, made absolute.</param>
    /// <param name="published">When the feed says the item was published.</param>
    /// <param name="convert">Turns the item into text; null when it holds nothing usable; may throw for a bad item.</param>
    public PendingItem(string? externalId, Uri? link, PublishedDate? published, Func<RawItem?> convert)
    {
        ArgumentNullException.ThrowIfNull(convert);
        ExternalId = externalId;
        Link = link;
        Published = published;
        _convert = convert;
    }

    public string? ExternalId { get; }

    public Uri? Link { get; }

    public PublishedDate? Published { get; }

    /// <summary>Converts the item's markup to text (the costly step); null when it holds neither a title nor text.</summary>
    public RawItem? Convert() => _convert();

    /// <summary>An item a reader already converted (a folder file, a test's item).</summary>
    public static PendingItem Ready(RawItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new PendingItem(item.ExternalId, item.Link, item.Published, () => item);
    }
}
