using System.Globalization;
using System.Text;

namespace NewsBot.Core.Text;

/// <summary>
/// Folds text for comparison: accents removed, lower case, typographic apostrophes and dashes made
/// plain, so "Corée", "COREE" and "coree" compare equal.
/// </summary>
public static class TextFolding
{
    /// <summary>Below this, <see cref="FoldTable"/> folds each character alone, as the full path would.</summary>
    private const char LatinEnd = '\u0250';

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Names, titles and figures in French and English are Latin script; Normalize is the costly part
        // and they need none of it. Folding is called per source and figure on every alert.
        return text.AsSpan().IndexOfAnyInRange(LatinEnd, char.MaxValue) < 0 ? FoldTable.Fold(text) : FoldDecomposed(text);
    }

    private static string FoldDecomposed(string text)
    {
        var decomposed = Decompose(text);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            builder.Append(lower switch
            {
                '\u2019' or '\u2018' or '\u02BC' or '\u2032' => '\'',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
                '\u00A0' or '\u202F' or '\u2009' => ' ',
                'œ' => 'o',
                'æ' => 'a',
                _ => lower,
            });
        }

        return builder.ToString();
    }

    /// <summary>
    /// Normalize throws on a lone surrogate (a feed title cut inside an emoji, garbage input), and folding is
    /// called on feed text everywhere, not only on commands cleaned at the door: such a half becomes U+FFFD,
    /// as <see cref="DisplayText"/> shows it, and the rest folds as usual.
    /// </summary>
    private static string Decompose(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            var whole = WithoutLoneSurrogates(text);
            try
            {
                return whole.Normalize(NormalizationForm.FormD);
            }
            catch (ArgumentException)
            {
                // Nothing else is known to make it throw; if something does, accents stay rather than an exception.
                return whole;
            }
        }
    }

    private static string WithoutLoneSurrogates(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
