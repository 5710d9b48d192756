using NewsBot.Core.Text;

namespace NewsBot.Core.Figures;

/// <summary>
/// Reads the number that starts at a token: digits with an optional scale (1,3 million, $19.3bn, 12
/// mille) or number words (Douze mille, vingt-trois, un demi-million, half a million, two dozen).
/// </summary>
internal static class NumberReader
{
    public static bool TryRead(ArticleText text, int i, int end, bool french, bool currencyBefore, out NumberSpan span)
    {
        span = default;
        if (text.Kind(i) == TokenKind.Number)
        {
            return TryReadDigits(text, i, end, french, currencyBefore, out span);
        }

        return text.Kind(i) == TokenKind.Word && TryReadWords(text, i, end, french, out span);
    }

    private static bool TryReadDigits(ArticleText text, int i, int end, bool french, bool currencyBefore, out NumberSpan span)
    {
        var next = i + 1;
        var scale = 1.0;
        // "372-thousand", "5-million": the scale hyphenated to the digits.
        var hyphenated = next + 1 < end && text.IsPunct(next, '-') && text.Tokens[next].Glued && text.Tokens[next + 1].Glued;
        var at = hyphenated ? next + 1 : next;
        if (at < end && text.Kind(at) == TokenKind.Word && NumberWords.TryGetScale(text.Fold(at), french, out var s) &&
            (!hyphenated || text.Tokens[at].Length > 2))
        {
            // Single-letter abbreviations only count glued, and "m" only for money: 5m is five metres, but
            // $28.5m, 12 M€ and "204.3m (£109m)" are millions.
            var shortForm = text.Tokens[at].Length <= 2 && !text.Fold(at).SequenceEqual("md");
            var isM = text.Fold(at).SequenceEqual("m");
            var fits = !shortForm || hyphenated ||
                (isM ? (text.Tokens[at].Glued && currencyBefore) || CurrencyFollows(text, at + 1, end) : text.Tokens[at].Glued);
            if (fits)
            {
                scale = s;
                next = at + 1;
            }
        }

        var value = DigitParser.Parse(text.Raw(i), french, scale > 1);
        span = new NumberSpan(i, next, value * scale, Spelled: false, Collective: false, Scaled: scale > 1);
        return !double.IsNaN(value);
    }

    /// <summary>
    /// "-15 %", "−0,4 point": a minus glued to the number and not to a word or number before it (10-15). The
    /// figure keeps the sign in its text and the size of the change as its value, as a reader lists it.
    /// </summary>
    public static bool IsNegativeSign(ArticleText text, int number)
    {
        var sign = number - 1;
        return sign >= 0 && text.Tokens[number].Glued && (text.IsPunct(sign, '-') || text.IsPunct(sign, '−')) &&
            (sign == 0 || !text.Tokens[sign].Glued || text.Kind(sign - 1) == TokenKind.Punct);
    }

    /// <summary>A currency right after the scale ("12 M€", "5 M$") or its conversion in brackets ("204.3m (£109m)").</summary>
    private static bool CurrencyFollows(ArticleText text, int i, int end)
    {
        if (i < end && text.Tokens[i].Glued && IsCurrencySymbol(text, i))
        {
            return true;
        }

        return i + 1 < end && text.IsPunct(i, '(') && IsCurrencySymbol(text, i + 1);
    }

    private static bool IsCurrencySymbol(ArticleText text, int i) =>
        text.Kind(i) == TokenKind.Punct && text.Raw(i) is "$" or "€" or "£" or "¥";

    private static bool TryReadWords(ArticleText text, int i, int end, bool french, out NumberSpan span)
    {
        var state = new WordNumberState();
        var j = i;
        var connector = false;
        while (j < end && text.Kind(j) == TokenKind.Word)
        {
            var folded = text.Fold(j);
            if (state.Any && (folded.SequenceEqual("et") || folded.SequenceEqual("and")) && !connector)
            {
                connector = true;
                j++;
                continue;
            }

            var nextIsMultiplier = j + 1 < end && IsMultiplier(text.Fold(j + 1), french);
            if (!state.TryAdd(folded, french, connector, nextIsMultiplier))
            {
                break;
            }

            connector = false;
            j++;
        }

        if (connector)
        {
            j--;
        }

        var value = state.Value;
        var scaled = state.Scaled;
        // "five mln stg", "trois Md€": a number word with an abbreviated scale.
        if (j > i && state.Any && j < end && text.Kind(j) == TokenKind.Word && text.Tokens[j].Length > 2 &&
            NumberWords.TryGetScale(text.Fold(j), french, out var scale) && !NumberWords.TryGet(text.Fold(j), french, out _))
        {
            value *= scale;
            scaled = true;
            j++;
        }

        span = new NumberSpan(i, j, value, Spelled: true, state.Collective, scaled);
        return j > i && state.Any;
    }

    private static bool IsMultiplier(ReadOnlySpan<char> folded, bool french)
    {
        var dash = folded.IndexOf('-');
        var first = dash < 0 ? folded : folded[..dash];
        return NumberWords.TryGet(first, french, out var w) && w.Kind is NumberWordKind.Hundred or NumberWordKind.Scale or NumberWordKind.Half;
    }
}
