using System.Text;

namespace NewsBot.Feeds.Text;

/// <summary>Whitespace clean-up shared by the HTML and plain-text paths.</summary>
internal static class Whitespace
{
    /// <summary>
    /// Collapses each run of breaking whitespace to one space. A run that holds a no-break space
    /// (U+00A0, U+202F, U+2007) becomes that single character instead: it binds digit groups
    /// ("10 000") and French punctuation, and the analyzer downstream relies on it staying.
    /// Invisible format characters (zero-width space, BOM, soft hyphen) are dropped.
    /// </summary>
    public static string Collapse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var inRun = false;
        var noBreak = '\0';
        foreach (var c in text)
        {
            if (IsInvisible(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                inRun = true;
                if (noBreak == '\0' && IsNoBreak(c))
                {
                    noBreak = c;
                }

                continue;
            }

            if (inRun)
            {
                builder.Append(noBreak == '\0' ? ' ' : noBreak);
                inRun = false;
                noBreak = '\0';
            }

            builder.Append(c);
        }

        if (inRun)
        {
            builder.Append(noBreak == '\0' ? ' ' : noBreak);
        }

        // At the edges of a line a no-break space binds nothing, so it goes with the rest.
        return builder.ToString().Trim();
    }

    public static bool IsNoBreak(char c) => c is '\u00A0' or '\u202F' or '\u2007';

    private static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';
}
