using System.Globalization;
using NewsBot.Core.Text;

namespace NewsBot.Core.Figures;

/// <summary>
/// Reads a run of digits with the separators news uses: 10 000 (with U+00A0 or U+202F), 10,000,
/// 10.000, 1,3 and 2.5. A single separator before exactly three digits is a thousands separator,
/// except before a scale word ("1,500 milliard" is rare, "1,5 milliard" common) and except "." in English.
/// </summary>
internal static class DigitParser
{
    public static double Parse(ReadOnlySpan<char> raw, bool french, bool scaleFollows)
    {
        Span<char> digits = stackalloc char[Math.Min(raw.Length, 64)];
        var length = 0;
        int commas = 0, dots = 0, lastSep = -1;
        char lastSepChar = '\0';
        var groupsOfThree = true;
        for (var i = 0; i < raw.Length && length < digits.Length; i++)
        {
            var c = raw[i];
            if (char.IsAsciiDigit(c))
            {
                digits[length++] = c;
                continue;
            }

            if (CharClass.IsGroupSpace(c) || CharClass.IsApostrophe(c))
            {
                continue;
            }

            if (lastSep >= 0 && length - lastSep != 3)
            {
                groupsOfThree = false;
            }

            commas += c == ',' ? 1 : 0;
            dots += c == '.' ? 1 : 0;
            lastSep = length;
            lastSepChar = c;
            digits[length++] = c;
        }

        if (lastSep >= 0 && length - lastSep - 1 != 3)
        {
            groupsOfThree = false;
        }

        var decimalSep = '\0';
        if (commas > 0 && dots > 0)
        {
            decimalSep = lastSepChar;
        }
        else if (commas + dots == 1)
        {
            var thousands = groupsOfThree && !scaleFollows && (lastSepChar == ',' || french);
            decimalSep = thousands ? '\0' : lastSepChar;
        }
        else if (!groupsOfThree)
        {
            decimalSep = lastSepChar;
        }

        Span<char> clean = stackalloc char[length];
        var n = 0;
        for (var i = 0; i < length; i++)
        {
            var c = digits[i];
            if (char.IsAsciiDigit(c))
            {
                clean[n++] = c;
            }
            else if (c == decimalSep && i == lastSep)
            {
                clean[n++] = '.';
            }
        }

        return double.TryParse(clean[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : double.NaN;
    }
}
