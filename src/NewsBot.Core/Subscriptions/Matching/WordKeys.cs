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
/// A slot is 32 bytes holding the word's first eight characters, its length and the answer with its first
/// prefix, so a word of up to eight characters is found by reading one cache line; longer words compare
/// the rest from one shared pool.
/// (Strings and parallel arrays made it four lines and a call, for every word of every article.)
/// </remarks>
internal sealed class WordKeys
{
    internal const int MaxEntries = 1 << 16;

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
    public WordEntry Find(ReadOnlySpan<char> folded, in WordShape shape, TermDictionary dictionary)
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
            // One test of the packed characters and the length together: a branch per field would be
            // mispredicted whenever a slot holds another word.
            if (((slot.Head ^ shape.Head) | (slot.Next ^ shape.Next) | (uint)(slot.Length ^ shape.Length)) == 0
                && (shape.Length <= WordShape.PackedChars || folded[WordShape.PackedChars..].SequenceEqual(_chars.AsSpan(slot.Offset, shape.Length - WordShape.PackedChars))))
            {
                return new WordEntry(slot.Word, slot.Prefix, slot.MorePrefixes, slot.Stop);
            }

            if (slot.Length == 0)
            {
                break;
            }

            at = (at + 1) & mask;
        }

        return Add(folded, shape, dictionary);
    }

    /// <summary>Words held now; read without the index's lock by the deployment soak, so it may be a moment old.</summary>
    public int Count => _count;

    /// <summary>The keys of the prefixes a word starts with after its first: <see cref="WordEntry.MorePrefixes"/> of it.</summary>
    public int[] MorePrefixes(int set) => _prefixSets[set];

    // Out of line: after the first articles, few words are new, and the walk inlines Find.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private WordEntry Add(ReadOnlySpan<char> folded, in WordShape shape, TermDictionary dictionary)
    {
        // Emptied before the lookup, which may add a set of prefixes that the entry then points at.
        if (_count >= MaxEntries || _prefixSets.Count > ushort.MaxValue)
        {
            Clear();
        }

        var entry = Lookup(folded, dictionary);
        if (folded.Length <= MaxCachedLength)
        {
            Insert(folded, shape, entry);
        }

        return entry;
    }

    private WordEntry Lookup(ReadOnlySpan<char> folded, TermDictionary dictionary)
    {
        Span<char> buffer = stackalloc char[LightStemmer.MaxLength];
        var stem = folded.Length <= LightStemmer.MaxLength ? buffer[..LightStemmer.Stem(folded, buffer)] : folded;
        var word = dictionary.Words.TryGetValue(stem, out var key) ? key : -1;
        var stop = StopWords.Either.TryGet(folded, out var flags) ? flags : (byte)0;
        if (!dictionary.HasPrefixes)
        {
            return new WordEntry(word, -1, 0, stop);
        }

        var prefixes = dictionary.PrefixKeysOf(folded);
        var more = 0;
        if (prefixes.Count > 1)
        {
            more = _prefixSets.Count;
            _prefixSets.Add([.. prefixes.Skip(1)]);
        }

        return new WordEntry(word, prefixes.Count > 0 ? prefixes[0] : -1, (ushort)more, stop);
    }

    private void Insert(ReadOnlySpan<char> folded, in WordShape shape, WordEntry entry)
    {
        if (2 * (_count + 1) > _slots.Length)
        {
            Grow();
        }

        var rest = folded.Length > WordShape.PackedChars ? folded[WordShape.PackedChars..] : [];
        if (_charCount + rest.Length > _chars.Length)
        {
            Array.Resize(ref _chars, _chars.Length * 2);
        }

        rest.CopyTo(_chars.AsSpan(_charCount));
        Place(new Slot
        {
            Head = shape.Head,
            Next = shape.Next,
            Word = entry.Word,
            Prefix = entry.Prefix,
            Offset = _charCount,
            Length = (byte)shape.Length,
            Stop = entry.Stop,
            MorePrefixes = entry.MorePrefixes,
        }, shape.Hash);
        _charCount += rest.Length;
        _count++;
    }

    private void Place(Slot slot, uint hash)
    {
        var mask = _slots.Length - 1;
        var at = (int)hash & mask;
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
        Span<char> word = stackalloc char[MaxCachedLength];
        foreach (var slot in old)
        {
            if (slot.Length != 0)
            {
                Place(slot, Rehash(slot, word));
            }
        }
    }

    // The slot keeps no hash: the packed characters tell words apart as fast, in the bytes a hash took.
    private uint Rehash(in Slot slot, Span<char> word)
    {
        for (var i = 0; i < Math.Min((int)slot.Length, WordShape.PackedChars); i++)
        {
            word[i] = (char)((i < 4 ? slot.Head >> (16 * i) : slot.Next >> (16 * (i - 4))) & 0xFFFF);
        }

        if (slot.Length > WordShape.PackedChars)
        {
            _chars.AsSpan(slot.Offset, slot.Length - WordShape.PackedChars).CopyTo(word[WordShape.PackedChars..]);
        }

        return WordShape.Of(word[..slot.Length]).Hash;
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
        public int Word;
        public int Prefix;
        public int Offset;
        public byte Length;
        public byte Stop;
        public ushort MorePrefixes;
    }
}
