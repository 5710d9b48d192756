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

    private readonly ArticleText _text;
    private readonly IReadOnlyList<Sentence> _sentences;
    private readonly string?[] _bySentence;
    private readonly List<(QuoteSpan Quote, string Name)> _quotes = [];

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

            for (; q < quotes.Count && quotes[q].EndToken <= sentence.EndToken; q++)
            {
                var paragraph = paragraphs[quotes[q].Paragraph];
                var after = AttributionFinder.FindAfterQuote(text, quotes[q], paragraph.EndToken);
                var quoted = after.IsPronoun ? lastPerson : after.Name;
                if (quoted is not null)
                {
                    _quotes.Add((quotes[q], quoted));
                }
            }

            collector.AddCredits(text, sentence);
        }

        Sources = collector.Sources;
    }

    public IReadOnlyList<CitedSource> Sources { get; }

    /// <summary>The source of a figure: its quotation's speaker, its sentence's, the reported speech it continues, or the body its sentence names.</summary>
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

        return OfficialBody(_sentences[sentence]);
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
            if (!_text.IsIn(i, SourceCues.OfficialHeads))
            {
                continue;
            }

            var end = i + 1;
            while (end < sentence.EndToken && end - i < 6 && _text.Kind(end) == TokenKind.Word &&
                   (_text.Is(end, "de") || _text.Is(end, "des") || _text.Is(end, "du") || _text.Is(end, "d'") || _text.Is(end, "of") ||
                    !Language.StopWords.IsStopWord(_text.Fold(end))))
            {
                end++;
            }

            while (end > i + 1 && (_text.Is(end - 1, "de") || _text.Is(end - 1, "des") || _text.Is(end - 1, "du") || _text.Is(end - 1, "d'") || _text.Is(end - 1, "of")))
            {
                end--;
            }

            return _text.Slice(i, end);
        }

        return null;
    }
}
