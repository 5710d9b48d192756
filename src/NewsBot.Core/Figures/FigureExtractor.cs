using NewsBot.Core.Sentences;
using NewsBot.Core.Text;

namespace NewsBot.Core.Figures;

/// <summary>
/// Turns number spans into figure candidates, sentence by sentence: number, then the filters for what
/// is not a figure, then the qualifier before it, a range, the unit, and what is counted.
/// </summary>
internal static class FigureExtractor
{
    /// <summary>A title-like line longer than this is a teaser for another story, not a heading of this one.</summary>
    private const int MaxHeadingTokens = 8;

    private static readonly WordSet SpelledDeterminers = new("les ces ses leurs nos vos mes the these those its their our his her both");

    private static readonly WordSet RangeWords = new("a to - – au");

    public static List<FigureCandidate> Extract(ArticleText text, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Sentence> sentences, bool french)
    {
        var figures = new List<FigureCandidate>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var paragraph = paragraphs[sentence.Paragraph];
            if (paragraph.Kind is ParagraphKind.Aside or ParagraphKind.Boilerplate ||
                (paragraph.Kind == ParagraphKind.Heading && paragraph.EndToken - paragraph.FirstToken > MaxHeadingTokens))
            {
                continue;
            }

            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (!CanStartNumber(text, i, french))
                {
                    continue;
                }

                var previous = figures.Count > 0 && sentences[figures[^1].Sentence].Paragraph == sentence.Paragraph ? figures[^1] : null;
                var figure = TryRead(text, sentence, s, i, french, previous, out var next);
                if (figure is not null)
                {
                    figures.Add(figure);
                }

                i = Math.Max(i, next - 1);
            }
        }

        return figures;
    }

    private static bool CanStartNumber(ArticleText text, int i, bool french)
    {
        if (text.Kind(i) == TokenKind.Number)
        {
            return true;
        }

        if (text.Kind(i) != TokenKind.Word)
        {
            return false;
        }

        var folded = text.Fold(i);
        var dash = folded.IndexOf('-');
        return NumberWords.TryGet(dash < 0 ? folded : folded[..dash], french, out _);
    }

    private static FigureCandidate? TryRead(ArticleText text, Sentence sentence, int sentenceIndex, int i, bool french, FigureCandidate? previous, out int next)
    {
        var previousWhat = previous?.What;
        var sameSentenceWhat = previous?.Sentence == sentenceIndex ? previous.What : null;
        next = i + 1;
        var end = sentence.EndToken;
        var hasPrefix = UnitReader.TryReadPrefix(text, i, sentence.FirstToken, out var prefix);
        if (!NumberReader.TryRead(text, i, end, french, hasPrefix, out var span))
        {
            return null;
        }

        next = span.End;
        if (span.Spelled ? IsSpelledNotFigure(text, span, sentence) : NotAFigure.IsDigitsNotFigure(text, span, sentence.FirstToken, end))
        {
            return null;
        }

        var qualifierStart = QualifierReader.Read(text, hasPrefix ? prefix.First : i, sentence.FirstToken, out var qualifier);
        if (qualifierStart == i && NumberReader.IsNegativeSign(text, i))
        {
            qualifierStart--;
        }
        if (span.Collective && qualifier == FigureQualifier.Exact)
        {
            qualifier = FigureQualifier.Approx;
        }

        var value = span.Value;
        double? max = null;
        var after = span.End;
        if (TryReadRange(text, span, qualifierStart, sentence, french, out var upper, out var rangeStart))
        {
            max = upper.Value;
            value = upper.Scaled && !span.Scaled ? Rescale(value, upper.Value) : value;
            after = upper.End;
            qualifierStart = rangeStart;
            qualifier = FigureQualifier.AtLeast;
        }
        else if (span.Spelled && !span.Scaled && value <= 2 && qualifier == FigureQualifier.Exact)
        {
            // "deux", "two" alone are mostly "both" ("les deux pays", "entre deux États").
            return null;
        }

        var unit = hasPrefix ? prefix.Unit : null;
        var whatStart = after;
        if (UnitReader.TryReadSuffix(text, after, end, out var suffix))
        {
            unit ??= suffix.Unit;
            whatStart = suffix.IsNoun ? suffix.First : suffix.End;
            after = suffix.End;
        }

        whatStart = QualifierReader.ReadAfter(text, whatStart, end, ref qualifier);
        var skipJoiner = span.Scaled || span.Collective || unit is not null;
        var what = WhatReader.ReadAfter(text, whatStart, end, french, skipJoiner, out var whatEnd);
        if (what is not null && suffix.IsNoun && whatEnd < end && text.IsIn(whatEnd, StopJoiners))
        {
            // "12 000 hectares de forêt": the measured thing follows the unit.
            var more = WhatReader.ReadAfter(text, whatEnd, end, french, skipJoiner: true, out var moreEnd);
            if (more is not null)
            {
                what = text.Slice(whatStart, moreEnd);
                whatEnd = moreEnd;
            }
        }

        if (what is null)
        {
            whatEnd = after;
            if (sameSentenceWhat is not null && IsPartOfPrevious(text, qualifierStart, sentence))
            {
                // "34,000 protesters …, including more than 2,000 in Paris": a part of the figure before.
                what = sameSentenceWhat;
            }
            else if (MeasuredNounBefore(text, qualifierStart, sentence, french) is { } noun)
            {
                // "une hausse de 83.000", "d'une magnitude de 5,5", "a rise of 4,000".
                what = text.Raw(noun).ToString();
            }
            else if (unit is not null)
            {
                // "the annual total up 35.4% to $593.4bn"; an amount in apposition ("…, soit 6 %, pour
                // atteindre 58 dollars") is about the same thing as the figure before it.
                what = WhatReader.ReadBefore(text, qualifierStart - 1, sentence.FirstToken) ?? sameSentenceWhat ?? text.Slice(i, after);
            }
            else if (FollowsChange(text, qualifierStart, sentence))
            {
                // "Payrolls rose 25,000 to 1.2 million": the change and the level both count the subject.
                what = WhatReader.ReadBefore(text, qualifierStart - 1, sentence.FirstToken) ?? sameSentenceWhat;
            }
            else if (WhatReader.StartsWithAuxiliary(text, after, end))
            {
                what = previousWhat ?? WhatReader.ReadImplied(text, after, end);
            }
        }

        // "Une vingtaine de blessés, dont sept gravement": a part of the figure before.
        if (what is not null && previousWhat is not null && qualifierStart > sentence.FirstToken &&
            (text.Is(qualifierStart - 1, "dont") || text.Is(qualifierStart - 1, "including")) &&
            (what.EndsWith("ment", StringComparison.Ordinal) || what.EndsWith("ly", StringComparison.Ordinal)))
        {
            what = previousWhat;
        }

        if (what is null || Durations.IsDuration(what))
        {
            return null;
        }

        next = Math.Max(next, after);
        return new FigureCandidate
        {
            Value = value,
            ValueMax = max,
            Text = text.Slice(qualifierStart, Math.Max(whatEnd, after)),
            What = what,
            Unit = unit,
            Qualifier = qualifier,
            Sentence = sentenceIndex,
            Token = i,
        };
    }

    private static readonly WordSet StopJoiners = new("de d' of");

    private static readonly WordSet PartWords = new("including dont among parmi notamment");

    /// <summary>Nouns of change and of measure that the number completes: "une hausse de", "magnitude", "a rise of".</summary>
    private static readonly WordSet ChangeLinks = new("de d' of by");

    private static bool IsPartOfPrevious(ArticleText text, int qualifierStart, Sentence sentence) =>
        qualifierStart > sentence.FirstToken && text.IsIn(qualifierStart - 1, PartWords);

    /// <summary>"une hausse de 83.000", "magnitude 5,1": the noun the number measures, right before it, if any.</summary>
    private static int? MeasuredNounBefore(ArticleText text, int qualifierStart, Sentence sentence, bool french)
    {
        var before = qualifierStart - 1;
        if (before <= sentence.FirstToken || text.Kind(before) != TokenKind.Word)
        {
            return null;
        }

        var noun = text.IsIn(before, ChangeLinks) ? before - 1 : before;
        // With "de"/"of" the word before is a noun only after a determiner: "une baisse de" but "a baissé de".
        var measures = noun == before
            ? text.IsIn(noun, MeasureNouns)
            : noun > sentence.FirstToken && text.Kind(noun) == TokenKind.Word && text.IsIn(noun - 1, french ? FrenchDeterminers : EnglishDeterminers);
        return measures && !text.IsCapitalized(noun) && !StopWordsIsFunction(text, noun) ? noun : null;
    }

    private static readonly WordSet FrenchDeterminers = new("un une le la l' les sa son ses leur cette ce");

    private static readonly WordSet EnglishDeterminers = new("a an the its their this that his her");

    private static readonly WordSet MeasureNouns = new("magnitude force niveau level indice index score taux rate");

    private static bool StopWordsIsFunction(ArticleText text, int i) => Language.StopWords.IsStopWord(text.Fold(i));

    private static bool IsSpelledNotFigure(ArticleText text, NumberSpan span, Sentence sentence)
    {
        if (!span.Scaled && !span.Collective && span.Value <= 1)
        {
            return true;
        }

        // "Ocean's Twelve", "the Big Four", "Les Quatre Fantastiques": a capitalized number word inside a
        // sentence is part of a name or a title.
        if (span.First > sentence.FirstToken && text.IsCapitalized(span.First) && !IsOpener(text, span.First - 1))
        {
            return true;
        }

        return span.First > sentence.FirstToken && text.IsIn(span.First - 1, SpelledDeterminers);
    }

    private static readonly WordSet ChangeVerbs = new(
        "rose fell grew jumped climbed dropped declined increased decreased gained lost added cut slipped slid surged " +
        "soared plunged tumbled rises falls grows adds up down augmente baisse progresse recule grimpe chute gagne perd");

    private static readonly WordSet ToWords = new("to a by");

    /// <summary>"rose 25,000", "rose 25,000 to 1.2 million": a change and the level it reached, not a range.</summary>
    private static bool FollowsChange(ArticleText text, int qualifierStart, Sentence sentence)
    {
        var before = qualifierStart - 1;
        if (before < sentence.FirstToken)
        {
            return false;
        }

        if (text.IsIn(before, ChangeVerbs))
        {
            return true;
        }

        // "… rose 25,000 to 1.2 million": "to" after a number that itself follows a change verb.
        var j = before - 1;
        while (j > sentence.FirstToken && text.Kind(j) is TokenKind.Number or TokenKind.Punct || (j > sentence.FirstToken && NumberWords.TryGetScale(text.Fold(j), false, out _)))
        {
            j--;
        }

        return text.IsIn(before, ToWords) && j < before - 1 && j >= sentence.FirstToken && text.IsIn(j, ChangeVerbs);
    }

    private static bool IsOpener(ArticleText text, int i) =>
        text.Kind(i) == TokenKind.Punct && (CharClass.IsOpeningQuote(text.Text[text.Tokens[i].Start]) || text.Raw(i) is "(" or "—" or "–" or "-" or ":");

    private static bool TryReadRange(ArticleText text, NumberSpan lower, int qualifierStart, Sentence sentence, bool french, out NumberSpan upper, out int rangeStart)
    {
        upper = default;
        rangeStart = qualifierStart;
        var link = lower.End;
        if (link + 1 >= sentence.EndToken)
        {
            return false;
        }

        if (FollowsChange(text, qualifierStart, sentence))
        {
            return false;
        }

        var between = qualifierStart > sentence.FirstToken && (text.Is(qualifierStart - 1, "entre") || text.Is(qualifierStart - 1, "between"));
        var from = qualifierStart > sentence.FirstToken && (text.Is(qualifierStart - 1, "de") || text.Is(qualifierStart - 1, "from"));
        var isLink = between ? text.Is(link, "et") || text.Is(link, "and") : text.IsIn(link, RangeWords);
        if (!isLink || text.Kind(link + 1) != text.Kind(lower.First))
        {
            return false;
        }

        var ok = NumberReader.TryRead(text, link + 1, sentence.EndToken, french, currencyBefore: false, out upper);
        if (!ok || upper.Value <= lower.Value || upper.Spelled != lower.Spelled)
        {
            return false;
        }

        rangeStart = between || from ? qualifierStart - 1 : qualifierStart;
        return true;
    }

    private static double Rescale(double lower, double upper)
    {
        while (lower > 0 && lower * 1000 <= upper)
        {
            lower *= 1000;
        }

        return lower;
    }
}
