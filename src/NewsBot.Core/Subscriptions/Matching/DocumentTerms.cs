using NewsBot.Core.Language;
using NewsBot.Core.Text;

namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// Where each key of the <see cref="TermDictionary"/> occurs in one article: its positions and tokens,
/// in order. Scratch space reused from article to article, so matching allocates nothing per word.
/// </summary>
internal sealed class DocumentTerms
{
    private int[] _distinct = new int[256];
    private int _distinctCount;
    private readonly WordKeys _wordKeys = new();
    // Stamp, start and count of a key side by side: a phrase's check reads one cache line per word.
    private KeySpan[] _keys = [];
    // The same presence as a bit per key: what candidate selection tests, and 1/96 of the size.
    private ulong[] _present = [];
    private Occurrence[] _found = new Occurrence[256];
    private int[] _positions = new int[256];
    private int[] _tokens = new int[256];
    private int _occurrences;
    private int _epoch;
    // Function words among the first words, which tell the language (see LanguageDetector).
    private int _french;
    private int _english;

    /// <summary>Words the word cache holds now (at most <see cref="WordKeys.MaxEntries"/>).</summary>
    internal int CachedWords => _wordKeys.Count;

    /// <summary>The keys found, each once, in order of first occurrence.</summary>
    public ReadOnlySpan<int> Distinct => _distinct.AsSpan(0, _distinctCount);

    public void Build(ArticleText text, TermDictionary dictionary)
    {
        if (_keys.Length < dictionary.Count)
        {
            _keys = new KeySpan[Math.Max(dictionary.Count, _keys.Length * 2)];
            _present = new ulong[(_keys.Length + 63) / 64];
            _epoch = 0;
        }
        else
        {
            foreach (var key in Distinct)
            {
                _present[key >> 6] = 0;
            }
        }

        _present[TermDictionary.Always >> 6] = 1UL << TermDictionary.Always;
        _french = 0;
        _english = 0;

        if (++_epoch == int.MaxValue)
        {
            // Stamps from two billion articles ago would look current again.
            Array.Clear(_keys);
            _epoch = 1;
        }

        _occurrences = 0;
        var sink = new Sink(this, _wordKeys, dictionary);
        TermWalker.WalkWords(text, ref sink);

        if (_positions.Length < _occurrences)
        {
            _positions = new int[_found.Length];
            _tokens = new int[_found.Length];
            _distinct = new int[_found.Length];
        }

        // Presence, and a counting sort by key, stable, so each key's positions come out in text order.
        // Without a branch on whether an occurrence is its key's first, which about half are, in no order.
        var (keys, present, distinct, epoch, count) = (_keys, _present, _distinct, _epoch, 0);
        foreach (var occurrence in _found.AsSpan(0, _occurrences))
        {
            ref var span = ref keys[occurrence.Key];
            var first = span.Stamp != epoch ? 1 : 0;
            span.Count = (span.Count & (first - 1)) + 1;
            span.Stamp = epoch;
            present[occurrence.Key >> 6] |= 1UL << occurrence.Key;
            distinct[count] = occurrence.Key;
            count += first;
        }

        _distinctCount = count;
        var offset = 0;
        foreach (var key in Distinct)
        {
            ref var span = ref _keys[key];
            span.Start = offset;
            offset += span.Count;
            span.Count = 0;
        }

        foreach (var occurrence in _found.AsSpan(0, _occurrences))
        {
            ref var span = ref _keys[occurrence.Key];
            var at = span.Start + span.Count++;
            _positions[at] = occurrence.Position;
            _tokens[at] = occurrence.Token;
        }

        FindAliasGroups(dictionary);
    }

    /// <summary>Gives the article <paramref name="key"/>, one no word of it has: an alias group's, its language's.</summary>
    public void Add(int key)
    {
        ref var bits = ref _present[key >> 6];
        if ((bits & (1UL << key)) == 0)
        {
            bits |= 1UL << key;
            if (_distinctCount == _distinct.Length)
            {
                Array.Resize(ref _distinct, _distinctCount * 2);
            }

            _distinct[_distinctCount++] = key;
        }
    }

    /// <summary>Gives the article the key of each alias group it has a name of, by the groups its words may name.</summary>
    private void FindAliasGroups(TermDictionary dictionary)
    {
        var words = _distinctCount;
        for (var i = 0; i < words; i++)
        {
            foreach (var (alias, names) in dictionary.AliasesWith(_distinct[i]))
            {
                // A group's key has no positions: its span only marks it searched in this article.
                ref var searched = ref _keys[alias.Key];
                if (searched.Stamp == _epoch)
                {
                    continue;
                }

                searched = new KeySpan { Stamp = _epoch };
                if (names || alias.OccursIn(this))
                {
                    Add(alias.Key);
                }
            }
        }
    }

    /// <summary>The article's language, told by the function words the walk found: what <see cref="LanguageDetector.Detect"/> finds.</summary>
    public LanguageGuess Language => LanguageDetector.Guess(_french, _english);

    /// <summary>Bit <c>k &amp; 63</c> of word <c>k &gt;&gt; 6</c> says whether the article has key k: see <see cref="Has"/>.</summary>
    public ReadOnlySpan<ulong> Present => _present;

    /// <summary>Whether the article has <paramref name="key"/>, a key of the dictionary it was built with.</summary>
    public bool Has(int key) => (_present[key >> 6] & (1UL << key)) != 0;

    public ReadOnlySpan<int> Positions(int key)
    {
        if ((uint)key >= (uint)_keys.Length)
        {
            return default;
        }

        var span = _keys[key];
        return span.Stamp == _epoch ? _positions.AsSpan(span.Start, span.Count) : default;
    }

    /// <summary>The tokens of <see cref="Positions"/>, index for index.</summary>
    public ReadOnlySpan<int> Tokens(int key)
    {
        if ((uint)key >= (uint)_keys.Length)
        {
            return default;
        }

        var span = _keys[key];
        return span.Stamp == _epoch ? _tokens.AsSpan(span.Start, span.Count) : default;
    }

    private void Record(int key, int position, int token)
    {
        // Only the occurrence here: presence and the spans, one per dictionary key, are worked out after
        // the walk, in small loops the processor can run ahead in.
        if (_occurrences == _found.Length)
        {
            GrowFound();
        }

        _found[_occurrences++] = new Occurrence(key, position, token);
    }

    /// <summary>Records an occurrence of the word's key and of its first prefix's, each if there is one (not -1).</summary>
    private void RecordWord(in WordEntry entry, int position, int token)
    {
        var (found, count) = (_found, _occurrences);
        if (count + 2 > found.Length)
        {
            found = GrowFound();
        }

        // Written either way and kept by arithmetic: whether a word is a key (a third of them are) or
        // starts with a prefix follows no pattern, and a branch on it, mispredicted that often, cost more
        // than the rest of the walk's work on a word.
        found[count] = new Occurrence(entry.Word, position, token);
        count += (int)((uint)~entry.Word >> 31);
        found[count] = new Occurrence(entry.Prefix, position, token);
        _occurrences = count + (int)((uint)~entry.Prefix >> 31);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private Occurrence[] GrowFound()
    {
        Array.Resize(ref _found, _found.Length * 2);
        return _found;
    }

    private void CountFunctionWord(byte flags)
    {
        _french += flags & StopWords.FrenchFlag;
        _english += (flags & StopWords.EnglishFlag) >> 1;
    }

    private readonly struct Sink(DocumentTerms terms, WordKeys words, TermDictionary dictionary) : IWordSink
    {
        public void Elided(ReadOnlySpan<char> folded, in WordShape shape, int word)
        {
            // The word table knows whether l’ or qu’ is a function word, like any word, without a set's hash.
            if (word < LanguageDetector.MaxWords)
            {
                terms.CountFunctionWord(words.Find(folded, shape, dictionary).Stop);
            }
        }

        public void Add(ReadOnlySpan<char> folded, ReadOnlySpan<char> raw, int position, int token, bool number, in WordShape shape, int word)
        {
            if (number)
            {
                AddNumber(folded, position, token);
            }
            else
            {
                var entry = words.Find(folded, shape, dictionary);
                terms.RecordWord(entry, position, token);
                if (entry.MorePrefixes != 0)
                {
                    foreach (var prefixKey in words.MorePrefixes(entry.MorePrefixes))
                    {
                        terms.Record(prefixKey, position, token);
                    }
                }

                // A hyphenated word (-1) is no function word, whole or in parts.
                if ((uint)word < LanguageDetector.MaxWords)
                {
                    terms.CountFunctionWord(entry.Stop);
                }
            }

            // Most words fail the first two tests, which are inlined; the acronym table is rarely asked.
            if (raw.Length > 1 && char.IsUpper(raw[1]))
            {
                AddAcronym(raw, position, token);
            }
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private void AddAcronym(ReadOnlySpan<char> raw, int position, int token)
        {
            if (dictionary.HasAcronyms && TermWalker.IsAcronym(raw) && dictionary.Acronyms.TryGetValue(raw, out var acronymKey))
            {
                terms.Record(acronymKey, position, token);
            }
        }

        // Numbers are few and rarely repeated; they are not worth a place in the word table.
        private void AddNumber(ReadOnlySpan<char> folded, int position, int token)
        {
            if (dictionary.Words.TryGetValue(folded, out var numberKey))
            {
                terms.Record(numberKey, position, token);
            }

            if (dictionary.HasPrefixes)
            {
                foreach (var prefixKey in dictionary.PrefixKeysOf(folded))
                {
                    terms.Record(prefixKey, position, token);
                }
            }
        }

    }

    private readonly record struct Occurrence(int Key, int Position, int Token);

    /// <summary>Where a key's occurrences are in this article; valid when <see cref="Stamp"/> is the current epoch.</summary>
    private struct KeySpan
    {
        public int Stamp;
        public int Start;
        public int Count;
    }
}
