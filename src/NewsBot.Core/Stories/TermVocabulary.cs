namespace NewsBot.Core.Stories;

/// <summary>
/// The terms of the articles being read, each once (a cache of <see cref="StoryTerm"/> objects by key), and
/// how many articles of the last days have each (<see cref="TermFrequencies"/>, by hash). Stories keep
/// hashes, not term objects, so a term of the window costs a slot of 8 bytes in the table and, if a story
/// keeps it, 4 bytes in that story: not an object with its key and counts.
/// </summary>
internal sealed class TermVocabulary
{
    /// <summary>Term objects the cache keeps at most: the words of a few hundred articles, common ones read again and again.</summary>
    public const int MaxCached = 65_536;

    private readonly Dictionary<string, StoryTerm> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoryTerm>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly TermFrequencies _frequencies = new();
    private readonly int[] _documents = new int[TermFrequencies.Days];
    private readonly int[] _documentsDay = [int.MinValue, int.MinValue, int.MinValue, int.MinValue];

    // Per process, so that a feed cannot choose words whose hashes collide with a story's names.
    private readonly ulong _seed = (ulong)Random.Shared.NextInt64();
    private int _sweptDay = int.MinValue;

    public TermVocabulary() => _lookup = _terms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Term objects in the cache: those read since the last sweep.</summary>
    public int Size => _terms.Count;

    /// <summary>Terms of the window's articles, counted by hash whether or not they are in memory as objects.</summary>
    public int Counted => _frequencies.Count;

    /// <summary>Bytes of the table of counts (the stories bench prints it).</summary>
    public long CountBytes => _frequencies.Bytes;

    public StoryTerm Get(ReadOnlySpan<char> key)
    {
        if (!_lookup.TryGetValue(key, out var term))
        {
            term = new StoryTerm(new string(key), Hash(key));
            _terms.Add(term.Key, term);
        }

        return term;
    }

    /// <summary>Counts one more article with <paramref name="term"/> on <paramref name="day"/>.</summary>
    public void Count(StoryTerm term, int day) => _frequencies.Add(term.Hash, day);

    /// <summary>Articles of <paramref name="day"/> and the days before it in the window with <paramref name="term"/>.</summary>
    public int Frequency(StoryTerm term, int day) => _frequencies.Frequency(term.Hash, day);

    public void CountDocument(int day)
    {
        var slot = day % TermFrequencies.Days;
        if (_documentsDay[slot] != day)
        {
            if (_documentsDay[slot] > day)
            {
                return;
            }

            (_documentsDay[slot], _documents[slot]) = (day, 0);
        }

        _documents[slot]++;
    }

    /// <summary>Articles of the counted days.</summary>
    public int Documents(int day)
    {
        var sum = 0;
        for (var slot = 0; slot < TermFrequencies.Days; slot++)
        {
            if (_documentsDay[slot] > day - TermFrequencies.Days && _documentsDay[slot] <= day)
            {
                sum += _documents[slot];
            }
        }

        return sum;
    }

    /// <summary>
    /// Empties the cache of term objects once a day and whenever it reaches <see cref="MaxCached"/>: stories
    /// hold hashes, not these objects, and the counts stay in the table. Call it between articles, never while
    /// one is being read.
    /// </summary>
    public void Sweep(int day)
    {
        if (_terms.Count < MaxCached && day <= _sweptDay)
        {
            return;
        }

        _sweptDay = Math.Max(_sweptDay, day);
        _terms.Clear();
        _terms.TrimExcess(MaxCached / 4);
    }

    /// <summary>
    /// FNV-1a over the key's characters from a seed of this process, then a 64-bit finaliser; its high half. 32 bits
    /// suffice: a story's terms are compared with one article's at a time, and the window's counts tolerate a shared
    /// count now and then (<see cref="TermFrequencies"/>).
    /// </summary>
    private uint Hash(ReadOnlySpan<char> key)
    {
        var hash = 14695981039346656037UL ^ _seed;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53UL;
        hash ^= hash >> 33;
        return (uint)(hash >> 32);
    }
}
