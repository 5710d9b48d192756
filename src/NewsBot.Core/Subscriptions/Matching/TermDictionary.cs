namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// Every key the subscriptions use, numbered: stemmed words, acronyms in capitals, and prefixes. An
/// article's words are looked up here once; words no subscription uses are skipped.
/// </summary>
internal sealed class TermDictionary
{
    /// <summary>A key every article has, in <see cref="DocumentTerms"/>; a posting with nothing more to require requires it.</summary>
    public const int Always = 0;

    /// <summary>A key no article has; a posting with nothing to exclude excludes it.</summary>
    public const int Never = 1;

    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _acronyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<long, List<(string Prefix, int Key)>> _prefixesByStart = [];
    private Postings[] _postings = new Postings[64];

    public TermDictionary()
    {
        Words = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        Acronyms = _acronyms.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = Never + 1;
    }

    public int Count { get; private set; }

    public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Words { get; }

    public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Acronyms { get; }

    public bool HasAcronyms => _acronyms.Count > 0;

    public bool HasPrefixes => _prefixes.Count > 0;

    public int Word(string key) => Id(_words, key);

    public int Acronym(string key) => Id(_acronyms, key);

    public int Prefix(string prefix)
    {
        var known = _prefixes.ContainsKey(prefix);
        var key = Id(_prefixes, prefix);
        if (!known)
        {
            var start = Start(prefix);
            if (!_prefixesByStart.TryGetValue(start, out var list))
            {
                _prefixesByStart[start] = list = [];
            }

            list.Add((prefix, key));
        }

        return key;
    }

    public ref Postings PostingsOf(int id) => ref _postings[id];

    /// <summary>The prefixes that start with the same three letters as <paramref name="word"/>; usually none or a few.</summary>
    public bool TryGetPrefixes(ReadOnlySpan<char> word, out List<(string Prefix, int Key)> prefixes)
    {
        if (word.Length < Query.QueryLimits.MinPrefixLength)
        {
            prefixes = null!;
            return false;
        }

        return _prefixesByStart.TryGetValue(Start(word), out prefixes!);
    }

    private static long Start(ReadOnlySpan<char> word) => ((long)word[0] << 32) | ((long)word[1] << 16) | word[2];

    private int Id(Dictionary<string, int> map, string key)
    {
        if (!map.TryGetValue(key, out var id))
        {
            id = Count++;
            map.Add(key, id);
            if (Count > _postings.Length)
            {
                Array.Resize(ref _postings, _postings.Length * 2);
            }
        }

        return id;
    }
}
