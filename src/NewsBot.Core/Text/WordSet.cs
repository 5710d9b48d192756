namespace NewsBot.Core.Text;

/// <summary>An immutable set of folded words that can be probed with a span, without allocating.</summary>
internal sealed class WordSet
{
    private readonly WordTable<bool> _table;

    public WordSet(string spaceSeparated)
    {
        var words = spaceSeparated.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        _table = new WordTable<bool>(words.Select(w => new KeyValuePair<string, bool>(w, true)));
    }

    public bool Contains(ReadOnlySpan<char> folded) => _table.TryGet(folded, out _);
}

/// <summary>A read-only map from folded words to values, probed with spans.</summary>
internal sealed class WordMap<T>
{
    private readonly WordTable<T> _table;

    public WordMap(IEnumerable<KeyValuePair<string, T>> pairs)
    {
        _table = new WordTable<T>(pairs);
    }

    public bool TryGet(ReadOnlySpan<char> folded, out T value) => _table.TryGet(folded, out value);
}
