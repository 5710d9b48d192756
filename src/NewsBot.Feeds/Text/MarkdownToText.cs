using System.Text;
using System.Text.RegularExpressions;

namespace NewsBot.Feeds.Text;

/// <summary>
/// Reads Markdown as plain paragraphs: markup removed, wrapped lines joined, images dropped, links
/// kept as their text. Front matter's <c>title</c> and <c>date</c> become the first lines, the date
/// as a <c>date YYYY-MM-DD</c> marker.
/// </summary>
internal static partial class MarkdownToText
{
    public static IReadOnlyList<string> ToParagraphs(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var lines = markdown.ReplaceLineEndings("\n").Split('\n').ToList();
        var output = new StringBuilder();
        ReadFrontMatter(lines, output);

        var paragraph = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("~~~", StringComparison.Ordinal))
            {
                continue;
            }

            var heading = HeadingMarker().Match(line);
            var listItem = ListMarker().Match(line);
            if (line.Length == 0 || heading.Success || listItem.Success)
            {
                EndParagraph(paragraph, output);
            }

            if (heading.Success)
            {
                output.Append(Inline(line[heading.Length..])).Append("\n\n");
            }
            else if (listItem.Success)
            {
                paragraph.Append("• ").Append(Inline(line[listItem.Length..]));
            }
            else if (line.Length > 0)
            {
                paragraph.Append(paragraph.Length > 0 ? " " : string.Empty).Append(Inline(line.TrimStart('>', ' ')));
            }
        }

        EndParagraph(paragraph, output);
        return PlainTextParagraphs.Split(output.ToString());
    }

    private static void ReadFrontMatter(List<string> lines, StringBuilder output)
    {
        if (lines.Count == 0 || lines[0].Trim() != "---")
        {
            return;
        }

        var end = lines.FindIndex(1, line => line.Trim() == "---");
        if (end < 0)
        {
            return;
        }

        var fields = lines.Skip(1).Take(end - 1)
            .Select(line => line.Split(':', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0].Trim().ToLowerInvariant(), pair => pair[1].Trim().Trim('"', '\''));
        if (fields.TryGetValue("date", out var date) && date.Length >= 7)
        {
            output.Append("date ").Append(date.Length >= 10 ? date[..10] : date[..7]).Append("\n\n");
        }

        if (fields.TryGetValue("title", out var title) && title.Length > 0)
        {
            output.Append(title).Append("\n\n");
        }

        lines.RemoveRange(0, end + 1);
    }

    private static void EndParagraph(StringBuilder paragraph, StringBuilder output)
    {
        if (paragraph.Length > 0)
        {
            output.Append(paragraph).Append("\n\n");
            paragraph.Clear();
        }
    }

    private static string Inline(string text)
    {
        text = Image().Replace(text, string.Empty);
        text = Link().Replace(text, "$1");
        text = Emphasis().Replace(text, "$2");
        return InlineCode().Replace(text, "$1");
    }

    [GeneratedRegex(@"^#{1,6}\s+")]
    private static partial Regex HeadingMarker();

    [GeneratedRegex(@"^(?:[-*+]|\d{1,3}[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__|\*)(\S(?:.*?\S)?)\1")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex InlineCode();
}
