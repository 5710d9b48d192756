namespace NewsBot.Core.Text;

/// <summary>An immutable set of folded words that can be probed with a span, without allocating.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(string spaceSeparated)
    {
        _words = new HashSet<string>(spaceSeparated.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> folded) => _lookup.Contains(folded);
}

/// <summary>A read-only map from folded words to values, probed with spans.</summary>
internal sealed class WordMap<T>
{
    private readonly Dictionary<string, T> _map;
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordMap(IEnumerable<KeyValuePair<string, T>> pairs)
    {
        _map = new Dictionary<string, T>(pairs, StringComparer.Ordinal);
        _lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryGet(ReadOnlySpan<char> folded, out T value) => _lookup.TryGetValue(folded, out value!);
}
