using NewsBot.Core.Text;

namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// Where each key of the <see cref="TermDictionary"/> occurs in one article: its positions and tokens,
/// in order. Scratch space reused from article to article, so matching allocates nothing per word.
/// </summary>
internal sealed class DocumentTerms
{
    private readonly List<int> _distinct = [];
    private readonly WordKeys _wordKeys = new();
    private int[] _stamp = [];
    private int[] _count = [];
    private int[] _start = [];
    private int[] _occurrenceKey = new int[256];
    private int[] _occurrencePosition = new int[256];
    private int[] _occurrenceToken = new int[256];
    private int[] _positions = new int[256];
    private int[] _tokens = new int[256];
    private int _occurrences;
    private int _epoch;

    /// <summary>The keys found, each once, in order of first occurrence.</summary>
    public IReadOnlyList<int> Distinct => _distinct;

    public void Build(ArticleText text, TermDictionary dictionary)
    {
        if (_stamp.Length < dictionary.Count)
        {
            var size = Math.Max(dictionary.Count, _stamp.Length * 2);
            _stamp = new int[size];
            _count = new int[size];
            _start = new int[size];
            _epoch = 0;
        }

        _epoch++;
        _occurrences = 0;
        _distinct.Clear();
        var sink = new Sink(this, dictionary);
        TermWalker.WalkWords(text, ref sink);

        if (_positions.Length < _occurrences)
        {
            _positions = new int[_occurrenceKey.Length];
            _tokens = new int[_occurrenceKey.Length];
        }

        // Counting sort by key, stable, so each key's positions come out in text order.
        var offset = 0;
        foreach (var key in _distinct)
        {
            _start[key] = offset;
            offset += _count[key];
            _count[key] = 0;
        }

        for (var i = 0; i < _occurrences; i++)
        {
            var key = _occurrenceKey[i];
            var at = _start[key] + _count[key]++;
            _positions[at] = _occurrencePosition[i];
            _tokens[at] = _occurrenceToken[i];
        }
    }

    public ReadOnlySpan<int> Positions(int key) =>
        key < _stamp.Length && _stamp[key] == _epoch ? _positions.AsSpan(_start[key], _count[key]) : default;

    /// <summary>The tokens of <see cref="Positions"/>, index for index.</summary>
    public ReadOnlySpan<int> Tokens(int key) =>
        key < _stamp.Length && _stamp[key] == _epoch ? _tokens.AsSpan(_start[key], _count[key]) : default;

    private void Record(int key, int position, int token)
    {
        if (_stamp[key] != _epoch)
        {
            _stamp[key] = _epoch;
            _count[key] = 0;
            _distinct.Add(key);
        }

        _count[key]++;
        if (_occurrences == _occurrenceKey.Length)
        {
            Array.Resize(ref _occurrenceKey, _occurrences * 2);
            Array.Resize(ref _occurrencePosition, _occurrences * 2);
            Array.Resize(ref _occurrenceToken, _occurrences * 2);
        }

        _occurrenceKey[_occurrences] = key;
        _occurrencePosition[_occurrences] = position;
        _occurrenceToken[_occurrences] = token;
        _occurrences++;
    }

    private readonly struct Sink(DocumentTerms terms, TermDictionary dictionary) : IWordSink
    {
        public void Add(ReadOnlySpan<char> folded, ReadOnlySpan<char> raw, int position, int token, bool number)
        {
            int[] prefixes;
            if (number)
            {
                if (dictionary.Words.TryGetValue(folded, out var numberKey))
                {
                    terms.Record(numberKey, position, token);
                }

                prefixes = dictionary.HasPrefixes ? PrefixesOfNumber(folded) : [];
            }
            else
            {
                var key = terms._wordKeys.Find(folded, dictionary, out prefixes);
                if (key >= 0)
                {
                    terms.Record(key, position, token);
                }
            }

            if (dictionary.HasAcronyms && TermWalker.IsAcronym(raw) && dictionary.Acronyms.TryGetValue(raw, out var acronymKey))
            {
                terms.Record(acronymKey, position, token);
            }

            foreach (var prefixKey in prefixes)
            {
                terms.Record(prefixKey, position, token);
            }
        }

        // Numbers are few and rarely repeated; they are not worth a place in the word table.
        private int[] PrefixesOfNumber(ReadOnlySpan<char> folded)
        {
            if (!dictionary.TryGetPrefixes(folded, out var candidates))
            {
                return [];
            }

            var keys = new List<int>();
            foreach (var (prefix, prefixKey) in candidates)
            {
                if (folded.StartsWith(prefix))
                {
                    keys.Add(prefixKey);
                }
            }

            return [.. keys];
        }
    }
}
