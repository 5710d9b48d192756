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
    private readonly Dictionary<long, List<(string Prefix, int Key)>> _prefixesByStart = [];
    private readonly List<Postings> _postings = [];

    public TermDictionary()
    {
        Words = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        Acronyms = _acronyms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _postings.Count;

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

    public Postings PostingsOf(int id) => _postings[id];

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
            id = _postings.Count;
            map.Add(key, id);
            _postings.Add(new Postings());
        }

        return id;
    }
}
