using System.Text;
using NewsBot.Core.Text;

namespace NewsBot.Discord.Messages;

/// <summary>
/// Makes untrusted text (article titles, summaries) safe and short enough for an embed. Mentions in an embed
/// never ping (and every message also sends <c>allowed_mentions</c> empty); escaping <c>&lt;</c> keeps
/// <c>&lt;@123&gt;</c> from even showing as a mention.
/// </summary>
internal static class EmbedText
{
    // Anywhere in a line: emphasis, code, spoilers, links, mentions and custom emoji.
    private const string InlineSpecials = "\\*_~`|[]<";

    // Only at the start of a line: headings, quotes and list markers.
    private const string LineStartSpecials = "#>-";

    // A link is never cut (that would show its markup); its text is kept short enough that it need not be.
    private const int LinkTextMax = 300;

    /// <summary>
    /// Escapes Discord markdown so an article's <c>**</c>, <c>||</c>, <c>[x](y)</c>, <c># heading</c> or
    /// <c>1. item</c> shows as typed; control and invisible reordering characters are taken out first.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = DisplayText.Clean(text);
        var escaped = new StringBuilder(text.Length + 8);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (InlineSpecials.Contains(c, StringComparison.Ordinal) || (lineStart && LineStartSpecials.Contains(c, StringComparison.Ordinal)))
            {
                escaped.Append('\\');
            }
            else if (lineStart && char.IsAsciiDigit(c))
            {
                // "2024. A year…" at the start of a line would become an ordered list starting at 2024.
                var end = i;
                while (end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }

                escaped.Append(text, i, end - i);
                if (end < text.Length && text[end] == '.')
                {
                    escaped.Append('\\');
                }

                i = end - 1;
                lineStart = false;
                continue;
            }

            escaped.Append(c);
            lineStart = c == '\n' || (lineStart && c == ' ');
        }

        return escaped.ToString();
    }

    /// <summary>Text where markdown is not rendered (footers, thread names, choices): only cleaned, then cut.</summary>
    public static string Plain(string text, int max) => Cut(DisplayText.Clean(text), max);

    /// <summary>A markdown link whose text is escaped and whose address cannot close the link early.</summary>
    public static string Link(string text, Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var address = url.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
        return $"[{Cut(Escape(text), LinkTextMax)}]({address})";
    }

    /// <summary>
    /// At most <paramref name="max"/> characters, cut at the last word boundary that fits and marked with "…";
    /// a single word longer than the limit is cut inside (there is nothing better to do). Never ends inside a
    /// markdown escape or a surrogate pair.
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
        var cut = (space > room / 2 ? trimmed[..space] : DisplayText.Prefix(trimmed, room)).TrimEnd(' ', ',', ';', ':');

        // An odd run of backslashes at the end is an escape cut off from what it escaped: it would escape the "…".
        if ((cut.Length - cut.TrimEnd('\\').Length) % 2 == 1)
        {
            cut = cut[..^1];
        }

        return cut + "…";
    }
}
