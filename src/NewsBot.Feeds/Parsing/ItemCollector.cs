using NewsBot.Core.Articles;

namespace NewsBot.Feeds.Parsing;

/// <summary>
/// The boundary of one feed item: each entry is read and turned into a <see cref="RawItem"/> on its
/// own, and whatever it throws (a date, its HTML, a parser bug) skips that entry alone, recorded
/// with its position and reason.
/// </summary>
internal sealed class ItemCollector
{
    private readonly List<RawItem> _items = [];
    private readonly List<ItemFailure> _failures = [];
    private int _position;
    private int _empty;

    public void Add<TSource>(TSource source, Func<TSource, FeedEntry> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        _position++;
        try
        {
            var item = FeedItemBuilder.Build(read(source));
            if (item is null)
            {
                _empty++;
            }
            else
            {
                _items.Add(item);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _failures.Add(new ItemFailure(_position, $"{ex.GetType().Name}: {ex.Message}"));
        }
    }

    public ParsedFeed Result(FeedFormat format) => new(format, _items, _empty, _failures);
}
