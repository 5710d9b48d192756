namespace NewsBot.Feeds.Parsing;

/// <summary>
/// Tells JSON from XML by the body's first significant byte; servers label feeds as text/html,
/// application/octet-stream or text/plain often enough that Content-Type cannot decide.
/// </summary>
internal static class FeedSyntax
{
    public static bool LooksLikeJson(ReadOnlySpan<byte> body) => FirstSignificantByte(body) == (byte)'{';

    /// <summary>True for a body starting with '&lt;' or with a UTF-16/UTF-32 byte order mark.</summary>
    public static bool LooksLikeXml(ReadOnlySpan<byte> body) =>
        body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
        || FirstSignificantByte(body) == (byte)'<';

    /// <summary>The body without a UTF-8 byte order mark, which the JSON reader refuses.</summary>
    public static ReadOnlyMemory<byte> WithoutUtf8Bom(ReadOnlyMemory<byte> body) =>
        body.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? body[3..] : body;

    private static int FirstSignificantByte(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            body = body[3..];
        }

        foreach (var b in body)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return b;
            }
        }

        return -1;
    }
}
