using NewsBot.Core.Language;
using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Core.Text;

namespace NewsBot.Core.Stories;

/// <summary>
/// Turns an article into its <see cref="ArticleVector"/>: content words stemmed (function words left
/// out), numbers of three digits or more, alias names as their group, names also as their
/// <see cref="NameSkeleton"/>; counted into the window's document frequencies; weighted 1 + ln(count)
/// times their rarity; the heaviest <see cref="MaxTerms"/> kept. Reuses its buffers: one per clusterer.
/// </summary>
internal sealed class ArticleReader(TermVocabulary vocabulary, StoryAliases aliases)
{
    /// <summary>Terms kept per article: its names, places and figures are among its heaviest.</summary>
    public const int MaxTerms = 64;

    /// <summary>
    /// Names, numbers and alias groups kept past <see cref="MaxTerms"/>. A report in another language shares
    /// only those with the story, and they are the very words the story's articles have made common in the
    /// window: by weight, its own language's words push them out. These slots keep them for the bridge.
    /// </summary>
    public const int MaxExtraBridges = 16;

    // Document frequencies start as if this many unrelated articles had been seen, so the first
    // articles' shared words are not all discounted as common.
    private const int PriorDocuments = 20;

    private readonly List<StoryWord> _words = [];
    private readonly List<StoryTerm> _distinct = [];
    private long _serial;

    public ArticleVector Read(string title, string text, string language, int day)
    {
        _serial++;
        _words.Clear();
        _distinct.Clear();
        var sink = new Sink { Vocabulary = vocabulary, Aliases = aliases, Words = _words, InTitle = true, LastPosition = -2 };
        TermWalker.Walk(new ArticleText(title), ref sink);
        (sink.InTitle, sink.LastPosition) = (false, -2);
        TermWalker.Walk(new ArticleText(text), ref sink);

        for (var i = 0; i < _words.Count; i++)
        {
            var word = _words[i];
            if (!aliases.IsEmpty && aliases.NameAt(_words, i, out var length) is { } group)
            {
                Tally(vocabulary.Get(group), bridge: true);
                i += length - 1;
                continue;
            }

            if ((word.Kind & StoryWordKind.Counted) != 0)
            {
                Tally(word.Term, (word.Kind & StoryWordKind.Bridge) != 0);
            }

            if (word.Skeleton is { } skeleton)
            {
                Tally(skeleton, bridge: true);
            }
        }

        vocabulary.CountDocument(day);
        var documents = vocabulary.Documents(day) + PriorDocuments;
        var weights = new float[_distinct.Count];
        for (var i = 0; i < _distinct.Count; i++)
        {
            var term = _distinct[i];
            vocabulary.Count(term, day);
            weights[i] = (float)((1 + Math.Log(term.Tally)) * Math.Log((double)documents / (vocabulary.Frequency(term, day) + 1)));
        }

        // OrderByDescending then Take selects the head without sorting every term; the bridges past it are few.
        var head = Enumerable.Range(0, _distinct.Count).OrderByDescending(i => weights[i]).Take(MaxTerms).ToArray();
        var order = head;
        if (_distinct.Count > MaxTerms)
        {
            var inHead = new bool[_distinct.Count];
            foreach (var i in head)
            {
                inHead[i] = true;
            }

            var extra = Enumerable.Range(0, _distinct.Count)
                .Where(i => !inHead[i] && _distinct[i].TallyBridge && weights[i] > 0)
                .OrderByDescending(i => weights[i])
                .Take(MaxExtraBridges);
            order = [.. head, .. extra];
        }
        var terms = new StoryTerm[order.Length];
        var kept = new float[order.Length];
        var bridge = new bool[order.Length];
        double norm = 0, bridgeNorm = 0;
        for (var i = 0; i < order.Length; i++)
        {
            var w = weights[order[i]];
            norm += w * w;
        }

        var scale = norm > 0 ? 1 / Math.Sqrt(norm) : 0;
        for (var i = 0; i < order.Length; i++)
        {
            terms[i] = _distinct[order[i]];
            kept[i] = (float)(weights[order[i]] * scale);
            bridge[i] = terms[i].TallyBridge;
            bridgeNorm += bridge[i] ? kept[i] * kept[i] : 0;
        }

        return new ArticleVector(terms, kept, bridge, (float)Math.Sqrt(bridgeNorm), language);
    }

    private void Tally(StoryTerm term, bool bridge)
    {
        if (term.LastArticle != _serial)
        {
            term.LastArticle = _serial;
            term.Tally = 0;
            term.TallyBridge = false;
            _distinct.Add(term);
        }

        term.Tally++;
        term.TallyBridge |= bridge;
    }

    private struct Sink : ITermSink
    {
        public TermVocabulary Vocabulary;
        public StoryAliases Aliases;
        public List<StoryWord> Words;
        public bool InTitle;
        public int LastPosition;

        public void Add(ReadOnlySpan<char> folded, ReadOnlySpan<char> stem, ReadOnlySpan<char> raw, int position, int token)
        {
            // The walker leaves a position out at a sentence's end: a capital after it is not a name's.
            var sentenceStart = position - LastPosition > 1;
            LastPosition = position;
            if (char.IsAsciiDigit(folded[0]))
            {
                Span<char> digits = stackalloc char[Math.Min(folded.Length, 32)];
                var number = WithoutThousands(folded, digits);
                var kind = number.Length >= 3 ? StoryWordKind.Counted | StoryWordKind.Bridge : StoryWordKind.None;
                Words.Add(new StoryWord(Vocabulary.Get(number), position, kind));
                return;
            }

            if (TermWalker.IsAcronym(raw) && Aliases.OfAcronym(raw) is { } group)
            {
                Words.Add(new StoryWord(Vocabulary.Get(group), position, StoryWordKind.Counted | StoryWordKind.Bridge));
                return;
            }

            var counted = stem.Length >= 3 && !StopWords.French.Contains(folded) && !StopWords.English.Contains(folded);
            var name = counted && !InTitle && !sentenceStart && char.IsUpper(raw[0]);
            var skeleton = name ? NameSkeleton.Of(folded) : null;
            Words.Add(new StoryWord(Vocabulary.Get(stem), position, (counted ? StoryWordKind.Counted : 0) | (name ? StoryWordKind.Bridge : 0), skeleton is null ? null : Vocabulary.Get(skeleton)));
        }

        /// <summary>"1,500", "1.500" and "1 500" are one number: group separators go when every group has three digits.</summary>
        private static ReadOnlySpan<char> WithoutThousands(ReadOnlySpan<char> number, Span<char> buffer)
        {
            if (number.Length > buffer.Length)
            {
                return number;
            }

            var length = 0;
            var sinceSeparator = -1;
            foreach (var c in number)
            {
                if (char.IsAsciiDigit(c))
                {
                    buffer[length++] = c;
                    sinceSeparator = sinceSeparator < 0 ? -1 : sinceSeparator + 1;
                    continue;
                }

                if (c is not (',' or '.') || (sinceSeparator >= 0 && sinceSeparator != 3))
                {
                    return number;
                }

                sinceSeparator = 0;
            }

            return sinceSeparator is -1 or 3 ? buffer[..length] : number;
        }
    }
}
