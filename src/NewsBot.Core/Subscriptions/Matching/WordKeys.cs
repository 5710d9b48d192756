namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// What the <see cref="TermDictionary"/> holds for a folded word: the key of its stem and the keys of
/// the prefixes it starts with. Articles repeat their words, so each is stemmed and looked up once and
/// then found here by one probe of an open-addressed table. Scratch of one index, used under its lock;
/// emptied when the dictionary gains a key, and when full (the words of the news have a long tail).
/// </summary>
internal sealed class WordKeys
{
    private const int MaxEntries = 1 << 16;

    private string?[] _words = new string?[1024];
    private uint[] _hashes = new uint[1024];
    private Entry[] _entries = new Entry[1024];
    private int _count;
    private int _dictionaryCount = -1;

    /// <summary>Keys of <paramref name="folded"/> (a word, not a number) in <paramref name="dictionary"/>.</summary>
    /// <param name="folded">The folded word.</param>
    /// <param name="dictionary">The dictionary this table caches; always the same one.</param>
    /// <param name="prefixes">The keys of the prefixes the word starts with, in the dictionary's order.</param>
    /// <returns>The key of the word's stem, or -1.</returns>
    public int Find(ReadOnlySpan<char> folded, TermDictionary dictionary, out int[] prefixes)
    {
        if (dictionary.Count != _dictionaryCount)
        {
            Clear();
            _dictionaryCount = dictionary.Count;
        }

        var hash = Hash(folded);
        var mask = _words.Length - 1;
        var slot = (int)hash & mask;
        while (_words[slot] is { } word)
        {
            if (_hashes[slot] == hash && folded.SequenceEqual(word))
            {
                prefixes = _entries[slot].Prefixes;
                return _entries[slot].Word;
            }

            slot = (slot + 1) & mask;
        }

        var entry = Lookup(folded, dictionary);
        if (_count >= MaxEntries)
        {
            Clear();
        }
        else if (2 * (_count + 1) > _words.Length)
        {
            Grow();
        }

        Insert(new string(folded), hash, entry);
        prefixes = entry.Prefixes;
        return entry.Word;
    }

    private static Entry Lookup(ReadOnlySpan<char> folded, TermDictionary dictionary)
    {
        Span<char> buffer = stackalloc char[LightStemmer.MaxLength];
        var stem = folded.Length <= LightStemmer.MaxLength ? buffer[..LightStemmer.Stem(folded, buffer)] : folded;
        var word = dictionary.Words.TryGetValue(stem, out var key) ? key : -1;
        if (!dictionary.HasPrefixes || !dictionary.TryGetPrefixes(folded, out var candidates))
        {
            return new Entry(word, []);
        }

        var prefixes = new List<int>();
        foreach (var (prefix, prefixKey) in candidates)
        {
            if (folded.StartsWith(prefix))
            {
                prefixes.Add(prefixKey);
            }
        }

        return new Entry(word, [.. prefixes]);
    }

    // FNV-1a with a final mix: words are short, and a table probe must cost less than the stemming it saves.
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash ^ (hash >> 15);
    }

    private void Insert(string word, uint hash, Entry entry)
    {
        var mask = _words.Length - 1;
        var slot = (int)hash & mask;
        while (_words[slot] is not null)
        {
            slot = (slot + 1) & mask;
        }

        _words[slot] = word;
        _hashes[slot] = hash;
        _entries[slot] = entry;
        _count++;
    }

    private void Grow()
    {
        var (words, hashes, entries) = (_words, _hashes, _entries);
        _words = new string?[words.Length * 2];
        _hashes = new uint[words.Length * 2];
        _entries = new Entry[words.Length * 2];
        _count = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] is { } word)
            {
                Insert(word, hashes[i], entries[i]);
            }
        }
    }

    private void Clear()
    {
        Array.Clear(_words);
        Array.Clear(_entries);
        _count = 0;
    }

    /// <param name="Word">The stem's key, or -1.</param>
    /// <param name="Prefixes">The keys of the prefixes the word starts with.</param>
    private readonly record struct Entry(int Word, int[] Prefixes);
}
