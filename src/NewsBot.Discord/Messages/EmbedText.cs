using System.Text;

namespace NewsBot.Discord.Messages;

/// <summary>Makes untrusted text (article titles, summaries) safe and short enough for an embed.</summary>
internal static class EmbedText
{
    // Anywhere in a line: emphasis, code, spoilers, links, mentions and custom emoji.
    private const string InlineSpecials = "\\*_~`|[]<";

    // Only at the start of a line: headings, quotes and list markers.
    private const string LineStartSpecials = "#>-";

    /// <summary>Escapes Discord markdown so an article's <c>**</c>, <c>||</c> or <c>[x](y)</c> shows as typed.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        var lineStart = true;
        foreach (var c in text)
        {
            if (InlineSpecials.Contains(c, StringComparison.Ordinal) || (lineStart && LineStartSpecials.Contains(c, StringComparison.Ordinal)))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
            lineStart = c == '\n' || (lineStart && c == ' ');
        }

        return escaped.ToString();
    }

    /// <summary>A markdown link whose text is escaped and whose address cannot close the link early.</summary>
    public static string Link(string text, Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var address = url.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
        return $"[{Escape(text)}]({address})";
    }

    /// <summary>
    /// At most <paramref name="max"/> characters, cut at the last word boundary that fits and marked with "…";
    /// a single word longer than the limit is cut inside (there is nothing better to do). Never ends inside a
    /// markdown escape.
    /// </summary>
    public static string Cut(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length <= max)
        {
            return trimmed;
        }

        var room = max - 1;
        var space = trimmed.LastIndexOf(' ', Math.Max(0, room));
        var cut = (space > room / 2 ? trimmed[..space] : trimmed[..room]).TrimEnd(' ', ',', ';', ':');
        if (cut.EndsWith('\\'))
        {
            cut = cut[..^1];
        }

        return cut + "…";
    }
}
