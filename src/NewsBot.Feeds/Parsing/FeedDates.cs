using System.Globalization;
using System.Text.RegularExpressions;
using NewsBot.Core.Articles;

namespace NewsBot.Feeds.Parsing;

/// <summary>Reads the date forms feeds use: RFC 822 in RSS, ISO 8601 in Atom, JSON Feed and dc:date.</summary>
internal static partial class FeedDates
{
    private static readonly string[] Rfc822Formats =
    [
        "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm zzz",
        "d MMMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss", "d MMM yyyy",
    ];

    private static readonly Dictionary<string, string> ZoneOffsets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00", ["UT"] = "+00:00", ["UTC"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        ["CET"] = "+01:00", ["CEST"] = "+02:00", ["BST"] = "+01:00",
    };

    public static PublishedDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var s = text.Trim();
        var invariant = CultureInfo.InvariantCulture;
        if (char.IsDigit(s[0]) && s.Length >= 10 && s[4] == '-'
            && DateTimeOffset.TryParse(s, invariant, DateTimeStyles.AssumeUniversal, out var iso))
        {
            return PublishedDate.FromInstant(iso);
        }

        var rfc = NormalizeRfc822(s);
        if (DateTimeOffset.TryParseExact(rfc, Rfc822Formats, invariant, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var instant)
            || DateTimeOffset.TryParse(s, invariant, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out instant))
        {
            return PublishedDate.FromInstant(instant);
        }

        return null;
    }

    /// <summary>"Tue, 22 Oct 2024 14:05:00 GMT" → "22 Oct 2024 14:05:00 +00:00".</summary>
    private static string NormalizeRfc822(string s)
    {
        var comma = s.IndexOf(',', StringComparison.Ordinal);
        if (comma is > 0 and <= 10)
        {
            s = s[(comma + 1)..].Trim();
        }

        s = NumericZone().Replace(s, "$1$2:$3");
        var lastSpace = s.LastIndexOf(' ');
        if (lastSpace > 0 && ZoneOffsets.TryGetValue(s[(lastSpace + 1)..], out var offset))
        {
            s = s[..(lastSpace + 1)] + offset;
        }

        return s;
    }

    [GeneratedRegex(@"([+-])(\d{2})(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericZone();
}
