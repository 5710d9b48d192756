using System.Text;

namespace NewsBot.Feeds.Text;

/// <summary>
/// The last clean-up of an item's text fields: control characters that survive markup and JSON
/// escapes (NUL, C1 controls) become spaces, unpaired surrogates become U+FFFD. Line feeds stay:
/// they separate paragraphs.
/// </summary>
internal static class ItemText
{
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsCleaning(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else
            {
                builder.Append(char.IsControl(c) && c != '\n' ? ' ' : c);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsCleaning(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || (char.IsControl(c) && c != '\n'))
            {
                return true;
            }
        }

        return false;
    }
}
