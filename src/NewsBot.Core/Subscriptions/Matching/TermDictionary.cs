namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// Every key the subscriptions use, numbered: stemmed words, acronyms in capitals, prefixes, alias
/// groups (see <see cref="AliasKey"/>) and languages (<c>lang:fr</c>). An article's words are looked up
/// here once; words no subscription uses are skipped.
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
    private readonly Dictionary<int, AliasKey> _aliasKeys = [];
    private readonly Dictionary<string, int> _languages = new(StringComparer.Ordinal);
    private readonly PostingPool _postings = new();
    // Per key, the alias groups that have a name with that key: the groups an article may have.
    private AliasTrigger[]?[] _aliasesByKey = new AliasTrigger[]?[64];
    // The same as a bit per key, small enough to stay in the cache: most of an article's keys name no group.
    private ulong[] _namesAGroup = new ulong[1];
    // Per key, the array of that key alone, shared by every query clause that is just the key.
    private int[]?[] _alone = new int[]?[64];

    public TermDictionary()
    {
        Words = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        Acronyms = _acronyms.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = Never + 1;
    }

    public int Count { get; private set; }

    /// <summary>
    /// <paramref name="key"/> alone, as one array every caller shares (it must not be written to): most of a query's
    /// clauses are one word, and 100,000 subscriptions held ~250,000 such arrays, 32 bytes each, of a few thousand keys.
    /// </summary>
    public int[] KeyAlone(int key)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(key);
        if (key >= _alone.Length)
        {
            Array.Resize(ref _alone, Math.Max(key + 1, _alone.Length * 2));
        }

        return _alone[key] ??= [key];
    }

    public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Words { get; }

    public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Acronyms { get; }

    public bool HasAcronyms => _acronyms.Count > 0;

    public bool HasPrefixes => _prefixes.Count > 0;

    public int Word(string key) => Id(_words, key);

    public int Acronym(string key) => Id(_acronyms, key);

    /// <summary>The key of <c>lang:</c><paramref name="code"/>, which an article in that language has.</summary>
    public int Language(string code) => Id(_languages, code);

    /// <summary>The key of <c>lang:</c><paramref name="code"/>, if a query used it.</summary>
    public bool TryGetLanguage(string code, out int key) => _languages.TryGetValue(code, out key);

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

    /// <summary>The subscriptions listed under key <paramref name="id"/>; valid until the next change of any list.</summary>
    public ReadOnlySpan<Posting> PostingsOf(int id) => _postings.Of(id);

    /// <summary>How many subscriptions are listed under key <paramref name="id"/>.</summary>
    public int PostingCount(int id) => _postings.Count(id);

    public void AddPosting(int id, Posting posting) => _postings.Add(id, posting);

    /// <summary>Removes the posting of <paramref name="slot"/> from key <paramref name="id"/>'s list, if any.</summary>
    public void RemovePosting(int id, int slot) => _postings.Remove(id, slot);

    /// <summary>The key of alias group <paramref name="group"/>, made on first use.</summary>
    /// <param name="group">The group's <see cref="AliasGroup.Id"/>.</param>
    /// <param name="names">Its names, compiled against this dictionary.</param>
    /// <param name="triggers">For each name, one of its keys: an article without any of them has no name of the group.</param>
    /// <param name="strength">How rare the group probably is as an anchor.</param>
    public int AliasGroup(int group, SequenceMatch[] names, IEnumerable<int> triggers, int strength)
    {
        if (_aliasKeys.TryGetValue(group, out var known))
        {
            return known.Key;
        }

        var key = Count++;
        var alias = new AliasKey(key, names, strength);
        _aliasKeys.Add(group, alias);
        Grow();
        var keys = triggers.ToArray();
        foreach (var trigger in keys.Distinct())
        {
            var alone = names.Where((name, i) => keys[i] == trigger).Any(name => name.IsKey(trigger));
            _aliasesByKey[trigger] = [.. _aliasesByKey[trigger] ?? [], new AliasTrigger(alias, alone)];
            _namesAGroup[trigger >> 6] |= 1UL << trigger;
        }

        return key;
    }

    /// <summary>The key of alias group <paramref name="group"/>, once <see cref="AliasGroup(int, SequenceMatch[], IEnumerable{int}, int)"/> made it.</summary>
    public int AliasKeyOf(int group) => _aliasKeys[group].Key;

    /// <summary>Alias group <paramref name="group"/> with its compiled names, or null before a query named it.</summary>
    public AliasKey? CompiledAlias(int group) => _aliasKeys.GetValueOrDefault(group);

    /// <summary>The alias groups with a name that has <paramref name="key"/>.</summary>
    public ReadOnlySpan<AliasTrigger> AliasesWith(int key) => ((_namesAGroup[key >> 6] >> key) & 1) != 0 ? _aliasesByKey[key] : default;

    /// <summary>The keys of the prefixes <paramref name="word"/> starts with, in the order they were added; usually none.</summary>
    public List<int> PrefixKeysOf(ReadOnlySpan<char> word)
    {
        var keys = new List<int>();
        if (word.Length < Query.QueryLimits.MinPrefixLength || !_prefixesByStart.TryGetValue(Start(word), out var candidates))
        {
            return keys;
        }

        foreach (var (prefix, key) in candidates)
        {
            if (word.StartsWith(prefix))
            {
                keys.Add(key);
            }
        }

        return keys;
    }

    private static long Start(ReadOnlySpan<char> word) => ((long)word[0] << 32) | ((long)word[1] << 16) | word[2];

    private int Id(Dictionary<string, int> map, string key)
    {
        if (!map.TryGetValue(key, out var id))
        {
            id = Count++;
            map.Add(key, id);
            Grow();
        }

        return id;
    }

    private void Grow()
    {
        if (Count > _aliasesByKey.Length)
        {
            Array.Resize(ref _aliasesByKey, _aliasesByKey.Length * 2);
            Array.Resize(ref _namesAGroup, (_aliasesByKey.Length + 63) / 64);
            _postings.Reserve(_aliasesByKey.Length);
        }
    }
}
