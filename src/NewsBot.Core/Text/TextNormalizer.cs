using System.Text;

namespace NewsBot.Core.Text;

/// <summary>
/// Prepares article text for analysis: NFC, control characters out, and capped in length so that a
/// 10 MB paste costs no more than a long article.
/// </summary>
internal static class TextNormalizer
{
    /// <summary>News articles are rarely past 30 KB; anything after this is not read.</summary>
    public const int MaxChars = 64 * 1024;

    public static string Normalize(string text, int maxChars = MaxChars)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > maxChars)
        {
            // Cut at a line end when there is one near the cap, so no sentence is read half.
            var cut = text.LastIndexOf('\n', maxChars - 1, Math.Min(maxChars, 4096));
            text = text[..(cut > 0 ? cut : maxChars)];
        }

        try
        {
            if (!text.IsNormalized(NormalizationForm.FormC))
            {
                text = text.Normalize(NormalizationForm.FormC);
            }
        }
        catch (ArgumentException)
        {
            // Lone surrogates and unassigned code points in garbage input cannot be normalized; analyze the text as it is.
        }

        return text;
    }
}
