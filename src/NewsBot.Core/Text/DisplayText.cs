using System.Text;

namespace NewsBot.Core.Text;

/// <summary>
/// Makes untrusted text (feed titles, article text, typed topics) safe to show in a chat or a terminal, before
/// a renderer escapes it for its markup: no control character (a terminal's escape sequences, a NUL that ends a
/// C string), no invisible character that reorders or hides what is shown (bidirectional overrides and
/// isolates, zero-width space, word joiner), no lone surrogate (which a JSON API refuses). Kept: line feeds,
/// the zero-width joiner and non-joiner (emoji, Persian, Indic scripts) and the left-to-right and right-to-left
/// marks, which only hint the direction of neutral characters in mixed text and cannot reorder a line.
/// </summary>
public static class DisplayText
{
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOfUnsafe(text);
        if (first < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        clean.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
                continue;
            }

            switch (Kind(c))
            {
                case CharKind.Keep:
                    clean.Append(c);
                    break;
                case CharKind.Space:
                    clean.Append(' ');
                    break;
                case CharKind.LineBreak:
                    // A CR LF is one line break: the LF that follows writes it.
                    if (c != '\r' || i + 1 >= text.Length || text[i + 1] != '\n')
                    {
                        clean.Append('\n');
                    }

                    break;
                case CharKind.LoneSurrogate:
                    clean.Append('\uFFFD');
                    break;
            }
        }

        return clean.ToString();
    }

    /// <summary>
    /// The first <paramref name="length"/> characters of <paramref name="text"/>, or one fewer when the cut would
    /// split a surrogate pair (an emoji), so the result never ends in half a character.
    /// </summary>
    public static string Prefix(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (length >= text.Length)
        {
            return text;
        }

        if (length <= 0)
        {
            return string.Empty;
        }

        return text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];
    }

    /// <summary>
    /// <paramref name="text"/> when it has at most <paramref name="max"/> characters; else its <see cref="Prefix"/>
    /// of one fewer, marked with "…". For names and lines where a word boundary does not matter.
    /// </summary>
    public static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= max ? text : Prefix(text, max - 1) + "…";
    }

    private static int IndexOfUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (Kind(c) != CharKind.Keep)
            {
                return i;
            }
        }

        return -1;
    }

    private static CharKind Kind(char c) => c switch
    {
        '\n' => CharKind.Keep,
        '\r' or '\u2028' or '\u2029' or '\u0085' or '\v' or '\f' => CharKind.LineBreak,
        '\t' => CharKind.Space,
        < ' ' or (>= '\u007F' and <= '\u009F') => CharKind.Drop,

        // Embeddings and overrides (LRE RLE PDF LRO RLO), isolates (LRI RLI FSI PDI).
        (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => CharKind.Drop,

        // Zero-width space, word joiner and the invisible operators, the byte order mark, interlinear annotations.
        '\u200B' or (>= '\u2060' and <= '\u2064') or '\uFEFF' or (>= '\uFFF9' and <= '\uFFFB') => CharKind.Drop,
        _ when char.IsSurrogate(c) => CharKind.LoneSurrogate,
        _ => CharKind.Keep,
    };

    private enum CharKind
    {
        Keep,
        Drop,
        Space,
        LineBreak,
        LoneSurrogate,
    }
}
