namespace NewsBot.Feeds.Text;

/// <summary>Splits plain text into paragraphs: one per line, hard-wrapped lines joined back.</summary>
internal static class PlainTextParagraphs
{
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = new List<string>();
        var previousWasBlank = true;
        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = Whitespace.Collapse(rawLine);
            if (line.Length == 0)
            {
                previousWasBlank = true;
                continue;
            }

            // Captured articles put one paragraph per line, but hand-written .md/.txt files may wrap
            // at a fixed width; a line that continues a sentence in lower case is such a wrap.
            if (!previousWasBlank && paragraphs.Count > 0 && ContinuesSentence(paragraphs[^1], line))
            {
                paragraphs[^1] = paragraphs[^1] + " " + line;
            }
            else
            {
                paragraphs.Add(line);
            }

            previousWasBlank = false;
        }

        return paragraphs;
    }

    public static string Join(IEnumerable<string> paragraphs) => string.Join("\n\n", paragraphs);

    private static bool ContinuesSentence(string previous, string line) =>
        !LineShape.EndsWithTerminalPunctuation(previous) && char.IsLower(line[0]);
}
