using System.Text;

namespace NewsBot.Feeds.Parsing.Decoding;

/// <summary>
/// Makes decoded text acceptable to an XML 1.0 reader: control characters (other than tab, line
/// feed and carriage return) become spaces, and U+FFFE, U+FFFF and unpaired surrogates become
/// U+FFFD. A leading byte order mark and whitespace before the first markup are dropped.
/// </summary>
internal static class XmlCharacters
{
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = 0;
        while (start < text.Length && (text[start] == '\uFEFF' || char.IsWhiteSpace(text[start])))
        {
            start++;
        }

        var firstBad = IndexOfInvalid(text, start);
        if (firstBad < 0)
        {
            return start == 0 ? text : text[start..];
        }

        var builder = new StringBuilder(text.Length - start);
        builder.Append(text, start, firstBad - start);
        for (var i = firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsForbiddenControl(c))
            {
                builder.Append(' ');
            }
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                builder.Append('\uFFFD');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static int IndexOfInvalid(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (IsForbiddenControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsForbiddenControl(char c) => c < ' ' && c is not ('\t' or '\n' or '\r');
}
