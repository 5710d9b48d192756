using System.Text.RegularExpressions;

namespace NewsBot.Feeds.Parsing.Decoding;

/// <summary>Reads the encoding an XML declaration names, from the ASCII bytes at the body's start.</summary>
internal static partial class XmlDeclaration
{
    private const int Window = 256;

    public static string? Encoding(ReadOnlySpan<byte> body)
    {
        var head = System.Text.Encoding.ASCII.GetString(body[..Math.Min(body.Length, Window)]);
        var match = Declaration().Match(head);
        return match.Success ? match.Groups["name"].Value : null;
    }

    [GeneratedRegex("""^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["'](?<name>[A-Za-z0-9._:-]{1,40})["']""", RegexOptions.CultureInvariant)]
    private static partial Regex Declaration();
}
