using System.Globalization;
using System.Text;

namespace NewsBot.Core.Text;

/// <summary>
/// One-to-one accent and case folding of single characters, so the folded copy of a text keeps the
/// original's offsets and token spans can be compared without allocating.
/// </summary>
internal static class FoldTable
{
    private const int Size = 0x250;
    private static readonly char[] Table = Build();

    public static char Fold(char c)
    {
        if (c < Size)
        {
            return Table[c];
        }

        return c switch
        {
            '\u2019' or '\u2018' or '\u02BC' or '\u2032' => '\'',
            '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
            '\u202F' or '\u2009' => ' ',
            _ => char.ToLowerInvariant(c),
        };
    }

    public static string Fold(ReadOnlySpan<char> text)
    {
        return string.Create(text.Length, text, static (dest, src) =>
        {
            for (var i = 0; i < src.Length; i++)
            {
                dest[i] = Fold(src[i]);
            }
        });
    }

    private static char[] Build()
    {
        var table = new char[Size];
        for (var i = 0; i < Size; i++)
        {
            var c = (char)i;
            var lower = char.ToLowerInvariant(c);
            var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            var folded = lower;
            foreach (var d in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                {
                    folded = char.ToLowerInvariant(d);
                    break;
                }
            }

            table[i] = folded switch
            {
                '\u00A0' => ' ',
                'œ' => 'o',
                'æ' => 'a',
                _ => folded,
            };
        }

        return table;
    }
}
