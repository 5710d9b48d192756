using System.Text.RegularExpressions;

namespace NewsBot.Feeds.Parsing;

/// <summary>
/// JSON lets a string escape half a surrogate pair (<c>"\ud800"</c>), which .NET refuses to read
/// as a string; each such half becomes <c>\uFFFD</c> before parsing so the field, not the item, is
/// what suffers.
/// </summary>
internal static partial class JsonEscapes
{
    public static string WithoutLoneSurrogates(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return json.Contains("\\u", StringComparison.Ordinal) ? LoneSurrogate().Replace(json, "\\uFFFD") : json;
    }

    [GeneratedRegex(
        @"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}",
        RegexOptions.CultureInvariant)]
    private static partial Regex LoneSurrogate();
}
