using System.Text.RegularExpressions;

namespace NewsBot.Feeds.Text;

/// <summary>What a single line of article text looks like: heading, credit, file name, date.</summary>
internal static partial class LineShape
{
    /// <summary>Longest line still read as a heading or headline; longer lines are paragraphs.</summary>
    public const int MaxHeadingLength = 160;

    public static bool EndsWithTerminalPunctuation(string line) =>
        line.Length > 0 && line[^1] is '.' or '!' or '?' or '…' or ':' or ';' or '»' or '”' or '"' or ')' or ']';

    /// <summary>
    /// A short line that does not end a sentence: a headline, a section heading, or a teaser for
    /// another story. Questions count ("10 000 soldats ?"); quotes, attributions ("– Name") and
    /// credits do not.
    /// </summary>
    public static bool IsHeadingLike(string line)
    {
        if (line.Length is 0 or > MaxHeadingLength || IsCredit(line))
        {
            return false;
        }

        if (line[0] is '–' or '—' or '-' or '«' or '“' or '"' or '(' or '[' or '•' or '*')
        {
            return false;
        }

        var last = line[^1];
        if (last is '?' or '!')
        {
            return true;
        }

        return !EndsWithTerminalPunctuation(line) && last is not (',' or '…');
    }

    /// <summary>A short line that reads as a paragraph of its own: long, or a finished sentence.</summary>
    public static bool IsParagraph(string line) => !IsHeadingLike(line);

    /// <summary>"Crédit : Reuters", "Photo: AFP", "© Getty Images", "Source : AP".</summary>
    public static bool IsCredit(string line) => line.Length <= 120 && CreditPattern().IsMatch(line);

    /// <summary>"image.jpg", "IMG_2024-10-01.png?w=800", "https://cdn.example.com/a/b.webp".</summary>
    public static bool IsImageFileName(string line) => ImageFilePattern().IsMatch(line);

    /// <summary>"11 janvier 2026", "2 January 2026", "2026-01-11", "11/01/2026".</summary>
    public static bool IsDateOnly(string line) => line.Length <= 40 && DateOnlyPattern().IsMatch(line);

    /// <summary>A line with no letter or digit at all: "•", "|", "—", "***".</summary>
    public static bool IsSymbolsOnly(string line)
    {
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many words a line has, by spaces (no-break spaces bind, so "10 000" is one).</summary>
    public static int WordCount(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"^\s*(?:(?:cr[ée]dits?|credits?|photo|photos|image|illustration|source|sources|copyright)\s*:|©|\(c\)\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditPattern();

    [GeneratedRegex(@"^(?:https?://\S+/)?[\w\-.%()~+]+\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic)(?:\?\S*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageFilePattern();

    [GeneratedRegex(@"^(?:\d{1,2}(?:er)?\s+\p{L}{3,10}\.?\s+\d{4}|\p{L}{3,10}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DateOnlyPattern();
}
