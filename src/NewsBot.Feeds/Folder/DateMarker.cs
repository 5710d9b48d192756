using System.Text.RegularExpressions;
using NewsBot.Core.Articles;

namespace NewsBot.Feeds.Folder;

/// <summary>
/// A folder article may open with <c>date YYYY-MM[-DD]</c>. The marker can share its line with the
/// first sentence (" date 2024-10 Jusqu’à présent, …"); that rest of the line is kept as text.
/// </summary>
internal static partial class DateMarker
{
    public static (PublishedDate? Published, IReadOnlyList<string> Paragraphs) Extract(IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        if (paragraphs.Count == 0)
        {
            return (null, paragraphs);
        }

        var match = Marker().Match(paragraphs[0]);
        if (!match.Success || !PublishedDate.TryParse(match.Groups["date"].Value, out var published))
        {
            return (null, paragraphs);
        }

        var rest = paragraphs[0][match.Length..].Trim();
        var remaining = paragraphs.Skip(1).ToList();
        if (rest.Length > 0)
        {
            remaining.Insert(0, rest);
        }

        return (published, remaining);
    }

    [GeneratedRegex(@"^date\s*:?\s*(?<date>\d{4}-\d{2}(?:-\d{2})?)(?=\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
