using NewsBot.Core.Sentences;
using NewsBot.Core.Text;

namespace NewsBot.Core.Sources;

/// <summary>
/// The attributions of an article in reading order: per sentence and per quotation, with "il", "elle"
/// resolved to the last person named, and the list of everyone cited.
/// </summary>
internal sealed class SourceIndex
{
    /// <summary>How many sentences back, in the same paragraph, reported speech carries on.</summary>
    private const int CarryOver = 2;

    private static readonly WordSet OfWords = new("de des du d' of");

    private readonly ArticleText _text;
    private readonly IReadOnlyList<Sentence> _sentences;
    private readonly string?[] _bySentence;
    private readonly List<(QuoteSpan Quote, string Name)> _quotes = [];
    private readonly SourceCollector _collector;

    public SourceIndex(ArticleText text, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Sentence> sentences, IReadOnlyList<QuoteSpan> quotes)
    {
        _text = text;
        _sentences = sentences;
        _bySentence = new string?[sentences.Count];
        var collector = new SourceCollector();
        string? lastPerson = null;
        var q = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var attribution = AttributionFinder.FindInSentence(text, sentence);
            var name = attribution.IsPronoun ? lastPerson : attribution.Name;
            _bySentence[s] = name;
            if (attribution.Name is not null && collector.Add(attribution.Name) == SourceKind.Person)
            {
                lastPerson = attribution.Name;
            }

            collector.AddAll(attribution.Also);

            for (; q < quotes.Count && quotes[q].EndToken <= sentence.EndToken; q++)
            {
                var paragraph = paragraphs[quotes[q].Paragraph];
                var after = AttributionFinder.FindAfterQuote(text, quotes[q], paragraph.EndToken);
                var quoted = after.IsPronoun ? lastPerson : after.Name;
                if (after.Name is not null)
                {
                    collector.Add(after.Name);
                }

                collector.AddAll(after.Also);
                if (quoted is not null)
                {
                    _quotes.Add((quotes[q], quoted));
                }
            }

            collector.AddCredits(text, sentence);
        }

        _collector = collector;
    }

    /// <summary>Everyone cited, including the bodies <see cref="For"/> has credited with a figure.</summary>
    public IReadOnlyList<CitedSource> Sources => _collector.Sources;

    /// <summary>
    /// The source of a figure: its quotation's speaker, its sentence's, the reported speech it continues, or
    /// the body its sentence names ("le taux de l’Insee"), which then counts among the cited sources.
    /// </summary>
    public string? For(int sentence, int token)
    {
        foreach (var (quote, name) in _quotes)
        {
            if (quote.Contains(token))
            {
                return name;
            }
        }

        if (_bySentence[sentence] is { } own)
        {
            return own;
        }

        // Reported speech carries on in the conditional ("1500 seraient déjà arrivés"); a plain
        // statement after an attributed one is the article's own.
        var paragraph = _sentences[sentence].Paragraph;
        for (var s = IsReported(_sentences[sentence]) ? sentence - 1 : -1; s >= 0 && s >= sentence - CarryOver && _sentences[s].Paragraph == paragraph; s--)
        {
            if (_bySentence[s] is { } previous)
            {
                return previous;
            }
        }

        var body = OfficialBody(_sentences[sentence]);
        // A named body ("l'Insee", "ministère de la Transition énergétique") is cited; a bare common noun
        // ("military bases", "police") may still credit the figure but is too vague for the list.
        if (body is not null && body.Any(char.IsUpper))
        {
            _collector.Add(body);
        }

        return body;
    }

    private bool IsReported(Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (_text.Kind(i) != TokenKind.Word)
            {
                continue;
            }

            var word = _text.Fold(i);
            if (word.EndsWith("rait") || word.EndsWith("raient") || word is "would" or "reportedly" or "allegedly" or "auraient" or "seraient")
            {
                return true;
            }
        }

        return false;
    }

    private string? OfficialBody(Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            // "14 000 pompiers", "Over 14,000 firefighters": the counted noun, not who counts.
            if (!_text.IsIn(i, SourceCues.OfficialHeads) || IsCounted(i, sentence.FirstToken))
            {
                continue;
            }

            var end = i + 1;
            while (end < sentence.EndToken && end - i < 6 && _text.Kind(end) == TokenKind.Word &&
                   (IsOf(end) || (IsArticle(end) && IsOf(end - 1)) || !Language.StopWords.IsStopWord(_text.Fold(end))))
            {
                end++;
            }

            while (end > i + 1 && (IsOf(end - 1) || IsArticle(end - 1)))
            {
                end--;
            }

            return _text.Slice(i, end);
        }

        return null;
    }

    private bool IsCounted(int i, int first) =>
        (i - 1 >= first && _text.Kind(i - 1) == TokenKind.Number) || (i - 2 >= first && _text.Kind(i - 2) == TokenKind.Number && _text.Kind(i - 1) == TokenKind.Word && !_text.IsIn(i - 1, OfWords));

    private bool IsOf(int i) => _text.IsIn(i, OfWords);

    private bool IsArticle(int i) => _text.Is(i, "la") || _text.Is(i, "l'") || _text.Is(i, "the");
}
