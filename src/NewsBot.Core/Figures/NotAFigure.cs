using NewsBot.Core.Sentences;
using NewsBot.Core.Text;

namespace NewsBot.Core.Figures;

/// <summary>
/// Numbers that count nothing: dates and years (le 17 octobre 2024, Sept. 8, 2023, en 2022), times
/// (14h30, 11:11 p.m.), ordinals (75e, 2e corps, 3rd, 1er), codes and phone numbers (G7, F-16,
/// 01 23 45 67 89, +33 ...), references (n° 5).
/// </summary>
internal static class NotAFigure
{
    private static readonly WordSet OrdinalSuffixes = new("e er ere re eme emes me es nd rd st th d");

    private static readonly WordSet TimeSuffixes = new("h am pm");

    private static readonly WordSet YearLeads = new(
        "en in de depuis since annee year l'an an of by until jusqu'en fin debut mi printemps ete automne hiver " +
        "saison season the du au d' le la mid early late from to a et and vers around cop coupe");

    /// <summary>Words that make the number after them a label: "Category 3", "niveau 4", "phase 2".</summary>
    private static readonly WordSet LabelWords = new(
        "categorie category niveau level phase stade stage classe class type version route highway vol flight " +
        "terminal porte gate salle room ligne line zone tome episode saison season groupe group");

    public static bool IsDigitsNotFigure(ArticleText text, NumberSpan span, int sentenceStart, int sentenceEnd)
    {
        var i = span.First;
        if (IsLabel(text, span, sentenceStart))
        {
            return true;
        }

        if (IsGluedToCode(text, i, span.End, sentenceStart, sentenceEnd) || IsPhone(text, i, sentenceStart, sentenceEnd))
        {
            return true;
        }

        var next = span.End;
        if (next < sentenceEnd && text.Kind(next) == TokenKind.Word)
        {
            var word = text.Fold(next);
            // 5G, 4K, 3D: a product or network name, not a count.
            if (text.Tokens[next].Glued && text.Tokens[next].Length <= 2 && char.IsUpper(text.Raw(next)[0]) && !span.Scaled &&
                !UnitAfter(text, next, sentenceEnd))
            {
                return true;
            }

            if (text.Tokens[next].Glued && (OrdinalSuffixes.Contains(word) || IsTimeWord(word)))
            {
                return true;
            }

            if (Abbreviations.Months.Contains(word) || (word.SequenceEqual("h") && next + 1 < sentenceEnd && text.Kind(next + 1) == TokenKind.Number))
            {
                return true;
            }

            // 11 a.m., 3 p.m.
            if ((word.SequenceEqual("a") || word.SequenceEqual("p")) && text.IsPunct(next + 1, '.') && text.Is(next + 2, "m"))
            {
                return true;
            }

            if (TimeSuffixes.Contains(word) && word.Length == 2)
            {
                return true;
            }
        }

        if (next < sentenceEnd && text.Kind(next) == TokenKind.Punct && text.Tokens[next].Glued && text.Raw(next) is "°" or "ᵉ" or "º")
        {
            return !(next + 1 < sentenceEnd && (text.Is(next + 1, "c") || text.Is(next + 1, "f")));
        }

        if (IsAfterMonthOrReference(text, i, sentenceStart))
        {
            return true;
        }

        return !span.Scaled && IsYear(text, span, sentenceStart, sentenceEnd);
    }

    private static bool UnitAfter(ArticleText text, int i, int end) => UnitReader.TryReadSuffix(text, i, end, out _);

    /// <summary>"Category 3 storm", "Boeing 737", "Windows 11": a short number right after a capitalized name.</summary>
    private static bool IsLabel(ArticleText text, NumberSpan span, int sentenceStart)
    {
        var before = span.First - 1;
        if (before < sentenceStart || text.Kind(before) != TokenKind.Word || span.Scaled)
        {
            return false;
        }

        if (text.IsIn(before, LabelWords))
        {
            return true;
        }

        return before > sentenceStart && text.IsCapitalized(before) && text.Tokens[span.First].Length <= 3 &&
            !text.IsIn(before, Abbreviations.Months) && !text.IsPunct(before - 1, '.');
    }

    private static bool IsTimeWord(ReadOnlySpan<char> word) =>
        word[0] == 'h' && (word.Length == 1 || char.IsAsciiDigit(word[1]));

    private static bool IsGluedToCode(ArticleText text, int first, int end, int sentenceStart, int sentenceEnd)
    {
        if (first > sentenceStart && text.Tokens[first].Glued && !IsSign(text, first))
        {
            var before = text.Raw(first - 1);
            if (text.Kind(first - 1) is TokenKind.Word or TokenKind.Number || before is "-" or "/" or ":" or "." or "+" or "#" or "n°")
            {
                return true;
            }
        }

        if (end < sentenceEnd && text.Tokens[end].Glued && text.Kind(end) == TokenKind.Punct)
        {
            var after = text.Raw(end);
            if (after is "-" or "/" or ":" or "." or "h" && end + 1 < sentenceEnd && text.Tokens[end + 1].Glued && text.Kind(end + 1) == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"-15 %", "+3,1 %", "(-0,6 point)": a sign stands free of what precedes it, a code's dash does not (F-16).</summary>
    private static bool IsSign(ArticleText text, int number) =>
        NumberReader.IsNegativeSign(text, number) ||
        (text.IsPunct(number - 1, '+') && (number - 1 == 0 || !text.Tokens[number - 1].Glued || text.Kind(number - 2) == TokenKind.Punct));

    /// <summary>Two-digit groups in a row (01 23 45 67 89) or a leading + before groups are phone numbers.</summary>
    private static bool IsPhone(ArticleText text, int i, int sentenceStart, int sentenceEnd)
    {
        if (i > sentenceStart && text.IsPunct(i - 1, '+') && i + 1 < sentenceEnd && text.Kind(i + 1) == TokenKind.Number)
        {
            return true;
        }

        var run = 0;
        for (var j = i; j < sentenceEnd && text.Kind(j) == TokenKind.Number && text.Tokens[j].Length <= 3; j++)
        {
            run++;
        }

        for (var j = i - 1; j >= sentenceStart && text.Kind(j) == TokenKind.Number && text.Tokens[j].Length <= 3; j--)
        {
            run++;
        }

        return run >= 3;
    }

    private static bool IsAfterMonthOrReference(ArticleText text, int i, int sentenceStart)
    {
        var j = i - 1;
        if (j >= sentenceStart && text.IsPunct(j, '.'))
        {
            j--;
        }

        if (j >= sentenceStart && text.IsIn(j, Abbreviations.Months))
        {
            return true;
        }

        // n° 5, No. 5, numéro 5, page 12, article 3
        return j >= sentenceStart && (text.Is(j, "no") || text.Is(j, "numero") || text.Is(j, "number") || text.Is(j, "page") ||
            text.Is(j, "article") || text.Is(j, "chapitre") || text.Is(j, "section") || text.IsPunct(j, '°') || text.IsPunct(j, '#'));
    }

    private static bool IsYear(ArticleText text, NumberSpan span, int sentenceStart, int sentenceEnd)
    {
        var raw = text.Raw(span.First);
        if (raw.Length != 4 || span.Value < 1800 || span.Value > 2100)
        {
            return false;
        }

        var next = span.End;
        var countsSomething = next < sentenceEnd && text.Kind(next) == TokenKind.Word && !char.IsUpper(text.Raw(next)[0]) && LooksPlural(text.Fold(next));
        var leadIsYearish = span.First > sentenceStart && text.IsIn(span.First - 1, YearLeads);
        return !countsSomething || leadIsYearish;
    }

    private static bool LooksPlural(ReadOnlySpan<char> word) =>
        word.EndsWith('s') || word.EndsWith('x') || word is "people" or "children" or "men" or "women" or "police";
}
