using NewsBot.Core.Language;

namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// What the <see cref="TermDictionary"/> holds for a folded word: the key of its stem and the keys of
/// the prefixes it starts with; and whether it is a French or English function word, which
/// <see cref="LanguageDetector"/> counts. Articles repeat their words, so each is stemmed and looked up once and
/// then found here by one probe of an open-addressed table. Scratch of one index, used under its lock;
/// emptied when the dictionary gains a key, and when full (the words of the news have a long tail).
/// </summary>
/// <remarks>
/// A slot is 32 bytes holding the word's <see cref="WordShape"/> and the answer, so a word of up to eight
/// characters is found by reading one cache line; longer words compare the rest from one shared pool.
/// (Strings and parallel arrays made it four lines and a call, for every word of every article.)
/// </remarks>
internal sealed class WordKeys
{
    private const int MaxEntries = 1 << 16;

    // Longer "words" are garbage or URLs; they are looked up every time rather than filling the pool.
    private const int MaxCachedLength = 64;

    private Slot[] _slots = new Slot[1024];
    private char[] _chars = new char[8 * 1024];
    private readonly List<int[]> _prefixSets = [[]];
    private int _charCount;
    private int _count;
    private int _dictionaryCount = -1;

    /// <summary>Keys of <paramref name="folded"/> (a word, not a number) in <paramref name="dictionary"/>.</summary>
    /// <param name="folded">The folded word.</param>
    /// <param name="shape">Its shape.</param>
    /// <param name="dictionary">The dictionary this table caches; always the same one.</param>
    /// <param name="prefixes">The keys of the prefixes the word starts with, in the dictionary's order.</param>
    /// <param name="stop">Its <see cref="StopWords.Either"/> flags, 0 if it is none.</param>
    /// <returns>The key of the word's stem, or -1.</returns>
    public int Find(ReadOnlySpan<char> folded, in WordShape shape, TermDictionary dictionary, out int[] prefixes, out byte stop)
    {
        if (dictionary.Count != _dictionaryCount)
        {
            Clear();
            _dictionaryCount = dictionary.Count;
        }

        var slots = _slots;
        var mask = slots.Length - 1;
        var at = (int)shape.Hash & mask;
        while (true)
        {
            ref var slot = ref slots[at];
            if (slot.Length == 0)
            {
                break;
            }

            if (slot.Hash == shape.Hash && slot.Head == shape.Head && slot.Next == shape.Next && slot.Length == shape.Length
                && (shape.Length <= WordShape.PackedChars || folded[WordShape.PackedChars..].SequenceEqual(_chars.AsSpan(slot.Offset, shape.Length - WordShape.PackedChars))))
            {
                prefixes = _prefixSets[slot.PrefixSet];
                stop = slot.Stop;
                return slot.Word;
            }

            at = (at + 1) & mask;
        }

        var (word, found) = Lookup(folded, dictionary);
        prefixes = found;
        stop = StopWords.Either.TryGet(folded, out var flags) ? flags : (byte)0;
        if (folded.Length <= MaxCachedLength)
        {
            Insert(folded, shape, word, found, stop);
        }

        return word;
    }

    private static (int Word, int[] Prefixes) Lookup(ReadOnlySpan<char> folded, TermDictionary dictionary)
    {
        Span<char> buffer = stackalloc char[LightStemmer.MaxLength];
        var stem = folded.Length <= LightStemmer.MaxLength ? buffer[..LightStemmer.Stem(folded, buffer)] : folded;
        var word = dictionary.Words.TryGetValue(stem, out var key) ? key : -1;
        if (!dictionary.HasPrefixes || !dictionary.TryGetPrefixes(folded, out var candidates))
        {
            return (word, []);
        }

        var prefixes = new List<int>();
        foreach (var (prefix, prefixKey) in candidates)
        {
            if (folded.StartsWith(prefix))
            {
                prefixes.Add(prefixKey);
            }
        }

        return (word, [.. prefixes]);
    }

    private void Insert(ReadOnlySpan<char> folded, in WordShape shape, int word, int[] prefixes, byte stop)
    {
        if (_count >= MaxEntries || _prefixSets.Count > ushort.MaxValue)
        {
            Clear();
        }
        else if (2 * (_count + 1) > _slots.Length)
        {
            Grow();
        }

        var rest = folded.Length > WordShape.PackedChars ? folded[WordShape.PackedChars..] : [];
        if (_charCount + rest.Length > _chars.Length)
        {
            Array.Resize(ref _chars, _chars.Length * 2);
        }

        rest.CopyTo(_chars.AsSpan(_charCount));
        var prefixSet = 0;
        if (prefixes.Length > 0)
        {
            prefixSet = _prefixSets.Count;
            _prefixSets.Add(prefixes);
        }

        Place(new Slot
        {
            Head = shape.Head,
            Next = shape.Next,
            Hash = shape.Hash,
            Word = word,
            Offset = _charCount,
            Length = (byte)shape.Length,
            Stop = stop,
            PrefixSet = (ushort)prefixSet,
        });
        _charCount += rest.Length;
        _count++;
    }

    private void Place(Slot slot)
    {
        var mask = _slots.Length - 1;
        var at = (int)slot.Hash & mask;
        while (_slots[at].Length != 0)
        {
            at = (at + 1) & mask;
        }

        _slots[at] = slot;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        foreach (var slot in old)
        {
            if (slot.Length != 0)
            {
                Place(slot);
            }
        }
    }

    private void Clear()
    {
        Array.Clear(_slots);
        _prefixSets.RemoveRange(1, _prefixSets.Count - 1);
        _charCount = 0;
        _count = 0;
    }

    /// <summary>A cached word: <see cref="Length"/> 0 marks an empty slot (no word is empty).</summary>
    private struct Slot
    {
        public ulong Head;
        public ulong Next;
        public uint Hash;
        public int Word;
        public int Offset;
        public byte Length;
        public byte Stop;
        public ushort PrefixSet;
    }
}
