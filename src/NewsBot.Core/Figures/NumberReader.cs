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
        if (next < end && text.Kind(next) == TokenKind.Word && NumberWords.TryGetScale(text.Fold(next), french, out var s))
        {
            // Single-letter abbreviations only count glued, and "m" only after a currency: 5m is five metres.
            var shortForm = text.Tokens[next].Length <= 2 && !text.Fold(next).SequenceEqual("md");
            var fits = !shortForm || (text.Tokens[next].Glued && (currencyBefore || !text.Fold(next).SequenceEqual("m")));
            if (fits)
            {
                scale = s;
                next++;
            }
        }

        var value = DigitParser.Parse(text.Raw(i), french, scale > 1);
        span = new NumberSpan(i, next, value * scale, Spelled: false, Collective: false, Scaled: scale > 1);
        return !double.IsNaN(value);
    }

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

        span = new NumberSpan(i, j, state.Value, Spelled: true, state.Collective, state.Scaled);
        return j > i && state.Any;
    }

    private static bool IsMultiplier(ReadOnlySpan<char> folded, bool french)
    {
        var dash = folded.IndexOf('-');
        var first = dash < 0 ? folded : folded[..dash];
        return NumberWords.TryGet(first, french, out var w) && w.Kind is NumberWordKind.Hundred or NumberWordKind.Scale or NumberWordKind.Half;
    }
}
