using System.Globalization;
using System.Text;

namespace NewsBot.Core.Text;

/// <summary>
/// Folds text for comparison: accents removed, lower case, typographic apostrophes and dashes made
/// plain, so "Corée", "COREE" and "coree" compare equal.
/// </summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                '\u2019' or '\u2018' or '\u02BC' or '\u2032' => '\'',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
                '\u00A0' or '\u202F' or '\u2009' => ' ',
                'œ' => 'o',
                'æ' => 'a',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString();
    }
}
