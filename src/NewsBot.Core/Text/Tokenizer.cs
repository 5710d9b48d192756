namespace NewsBot.Core.Text;

/// <summary>
/// Splits text into words, numbers and punctuation in one pass. Numbers keep their thousands
/// separators (10 000, 10,000, 1,3) so the parser can read them; French elisions (l’, jusqu’) become
/// their own words; hyphenated words (nord-coréens, vingt-trois) stay whole.
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, string folded)
    {
        var tokens = new List<Token>(text.Length / 5 + 8);
        var gap = TokenGap.LineBreak;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (c is '\n' or '\r' or '\u2028' or '\u2029')
                {
                    gap = TokenGap.LineBreak;
                }
                else if (gap == TokenGap.None)
                {
                    gap = TokenGap.Space;
                }

                i++;
                continue;
            }

            int end;
            TokenKind kind;
            if (char.IsAsciiDigit(c))
            {
                end = ScanNumber(text, i);
                kind = TokenKind.Number;
            }
            else if (CharClass.IsWordChar(c))
            {
                end = ScanWord(text, folded, i);
                kind = TokenKind.Word;
            }
            else
            {
                end = char.IsHighSurrogate(c) && i + 1 < text.Length ? i + 2 : i + 1;
                kind = TokenKind.Punct;
            }

            tokens.Add(new Token(i, end - i, kind, gap));
            gap = TokenGap.None;
            i = end;
        }

        return tokens;
    }

    private static int ScanNumber(string text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        var firstGroup = i - start;
        var groupsBySpace = firstGroup <= 3;
        while (i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
        {
            var sep = text[i];
            var digits = CountDigits(text, i + 1);
            if (sep is ',' or '.')
            {
                i += 1 + digits;
                groupsBySpace = false;
            }
            else if ((CharClass.IsGroupSpace(sep) || CharClass.IsApostrophe(sep)) && groupsBySpace && digits == 3)
            {
                // A space (or the Swiss apostrophe, 25'000) only joins groups of exactly three digits after a short first group, so
                // "en 2022 100 soldats" or a phone number stay apart.
                i += 1 + digits;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int CountDigits(string text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i - start;
    }

    private static int ScanWord(string text, string folded, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (CharClass.IsWordChar(c))
            {
                i++;
                continue;
            }

            var nextIsLetter = i + 1 < text.Length && CharClass.IsWordChar(text[i + 1]);
            if (CharClass.IsApostrophe(c) && Elision.IsPrefix(folded.AsSpan(start, i - start)))
            {
                return i + 1;
            }

            if (nextIsLetter && (CharClass.IsHyphen(c) || CharClass.IsApostrophe(c)))
            {
                i++;
                continue;
            }

            break;
        }

        return i;
    }
}
