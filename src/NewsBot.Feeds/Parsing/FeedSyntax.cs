namespace NewsBot.Feeds.Parsing;

/// <summary>
/// Tells JSON from XML by the decoded body's first significant character; servers label feeds as
/// text/html, application/octet-stream or text/plain often enough that Content-Type cannot decide.
/// </summary>
internal static class FeedSyntax
{
    public static bool LooksLikeJson(string text) => FirstSignificant(text) == '{';

    public static bool LooksLikeXml(string text) => FirstSignificant(text) == '<';

    private static char FirstSignificant(string text)
    {
        foreach (var c in text)
        {
            if (c is not (' ' or '\t' or '\r' or '\n' or '\uFEFF'))
            {
                return c;
            }
        }

        return '\0';
    }
}
