using NewsBot.Core.Articles;

namespace NewsBot.Core.Feeds;

/// <summary>What one read of a feed returned.</summary>
public sealed record FeedReadResult
{
    /// <summary>False when the server answered 304 Not Modified: nothing new, validators unchanged.</summary>
    public required bool Modified { get; init; }

    /// <summary>Items the reader already turned into text (folder feeds).</summary>
    public IReadOnlyList<RawItem> Items { get; init; } = [];

    /// <summary>Items identified but not yet converted (HTTP feeds), in feed order; see <see cref="PendingItem"/>.</summary>
    public IReadOnlyList<PendingItem> Pending { get; init; } = [];

    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    /// <summary>Every item of the read, converted or not, in feed order.</summary>
    public IReadOnlyList<PendingItem> AllItems() =>
        Pending.Count == 0 ? Items.Select(PendingItem.Ready).ToList() : [.. Items.Select(PendingItem.Ready), .. Pending];

    /// <summary>
    /// Every item converted to text, for a caller that wants them all (<c>match</c>, <c>analyze URL</c>);
    /// an item that holds nothing or fails to convert is left out, as the poller leaves it out.
    /// </summary>
    public IReadOnlyList<RawItem> ConvertAll()
    {
        var items = new List<RawItem>(Items);
        foreach (var pending in Pending)
        {
            try
            {
                if (pending.Convert() is { } item)
                {
                    items.Add(item);
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The poller logs and counts such an item; a one-off read just goes without it.
            }
        }

        return items;
    }

    public static FeedReadResult NotModified(ConditionalRequest request) =>
        new() { Modified = false, Items = [], ETag = request.ETag, LastModified = request.LastModified };
}
