namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// Every key the subscriptions use, numbered: stemmed words, acronyms in capitals, and prefixes. An
/// article's words are looked up here once; words no subscription uses are skipped.
/// </summary>
internal sealed class TermDictionary
{
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _acronyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _prefixes = new(StringComparer.Ordinal);
    private readonly HashSet<long> _prefixStarts = [];
    private readonly List<Postings> _postings = [];
    private ulong _prefixLengths;

    public TermDictionary()
    {
        Words = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        Acronyms = _acronyms.GetAlternateLookup<ReadOnlySpan<char>>();
        Prefixes = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _postings.Count;

    public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Words { get; }

    public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Acronyms { get; }

    public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Prefixes { get; }

    public bool HasAcronyms => _acronyms.Count > 0;

    public bool HasPrefixes => _prefixes.Count > 0;

    /// <summary>Bit n set when some prefix is n characters long.</summary>
    public ulong PrefixLengths => _prefixLengths;

    public int Word(string key) => Id(_words, key);

    public int Acronym(string key) => Id(_acronyms, key);

    public int Prefix(string prefix)
    {
        _prefixStarts.Add(Start(prefix));
        _prefixLengths |= 1UL << Math.Min(prefix.Length, 63);
        return Id(_prefixes, prefix);
    }

    public Postings PostingsOf(int id) => _postings[id];

    /// <summary>Whether some prefix starts like <paramref name="word"/>; a cheap test before probing every length.</summary>
    public bool MayHavePrefix(ReadOnlySpan<char> word) =>
        word.Length >= Query.QueryLimits.MinPrefixLength && _prefixStarts.Contains(Start(word));

    private static long Start(ReadOnlySpan<char> word) => ((long)word[0] << 32) | ((long)word[1] << 16) | word[2];

    private int Id(Dictionary<string, int> map, string key)
    {
        if (!map.TryGetValue(key, out var id))
        {
            id = _postings.Count;
            map.Add(key, id);
            _postings.Add(new Postings());
        }

        return id;
    }
}
