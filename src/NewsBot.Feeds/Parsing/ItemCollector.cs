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

    /// <param name="format">The document's format.</param>
    /// <param name="defaultAuthor">The author an entry that names none inherits (an Atom feed's own).</param>
    public IdentifiedFeed Result(FeedFormat format, string? defaultAuthor = null)
    {
        if (defaultAuthor is not null)
        {
            for (var i = 0; i < _entries.Count; i++)
            {
                if (_entries[i].Entry.Author is null)
                {
                    _entries[i] = _entries[i] with { Entry = _entries[i].Entry with { Author = defaultAuthor } };
                }
            }
        }

        return new(format, _entries, _failures);
    }
}
