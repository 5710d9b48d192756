using System.Xml.Linq;

namespace NewsBot.Feeds.Parsing;

/// <summary>
/// The boundary of one feed item: each entry is read (identified: GUID, link, date, its markup kept
/// as markup) on its own, and whatever it throws (a date, a parser bug) skips that entry alone,
/// recorded with its position and reason. Turning the markup into text is left to
/// <see cref="IdentifiedFeed"/>'s caller, so items already stored never pay for it.
/// </summary>
internal sealed class ItemCollector
{
    private readonly List<IdentifiedEntry> _entries = [];
    private readonly List<ItemFailure> _failures = [];
    private int _position;

    public void Add<TSource>(TSource source, Func<TSource, FeedEntry> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        _position++;
        try
        {
            _entries.Add(new IdentifiedEntry(_position, read(source)));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _failures.Add(new ItemFailure(_position, $"{ex.GetType().Name}: {ex.Message}"));
        }
    }

    /// <summary>
    /// Reads each element in document order, then empties it and drops it from the list:
    /// a big feed is never held twice, as XML and as entries, only the part not yet read is.
    /// </summary>
    public static void Drain(List<XElement> elements, ItemCollector items, Func<XElement, FeedEntry> read)
    {
        ArgumentNullException.ThrowIfNull(elements);
        ArgumentNullException.ThrowIfNull(items);
        for (var i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            elements[i] = null!;
            items.Add(element, read);

            // Emptied rather than removed: removing a node walks its siblings from the first, which
            // over 50,000 items (and the whitespace between them) costs quadratic time.
            element.RemoveAll();
        }
    }

    public IdentifiedFeed Result(FeedFormat format) => new(format, _entries, _failures);
}
