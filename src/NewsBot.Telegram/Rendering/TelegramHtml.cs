using System.Text;

namespace NewsBot.Telegram.Rendering;

/// <summary>
/// Telegram's HTML parse mode, the subset the bot writes: <c>b</c>, <c>i</c>, <c>a href</c>, <c>blockquote</c>.
/// Every piece of text goes through <see cref="Escape"/>; only the named entities Telegram knows are used.
/// </summary>
internal static class TelegramHtml
{
    /// <summary>Telegram's limit on a message's text after entity parsing.</summary>
    public const int MaxMessageLength = 4096;

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    public static StringBuilder AppendText(this StringBuilder html, string text) => html.Append(Escape(text));

    public static StringBuilder AppendBold(this StringBuilder html, string text) => html.Append("<b>").AppendText(text).Append("</b>");

    public static StringBuilder AppendItalic(this StringBuilder html, string text) => html.Append("<i>").AppendText(text).Append("</i>");

    /// <summary>A link when <paramref name="link"/> is a web address; the plain text otherwise (Telegram rejects other schemes).</summary>
    public static StringBuilder AppendLink(this StringBuilder html, string text, Uri? link)
    {
        if (link is not { IsAbsoluteUri: true } || (link.Scheme != Uri.UriSchemeHttps && link.Scheme != Uri.UriSchemeHttp))
        {
            return html.AppendText(text);
        }

        return html.Append("<a href=\"").AppendText(link.AbsoluteUri).Append("\">").AppendText(text).Append("</a>");
    }

    /// <summary>How long the message reads once Telegram has parsed the tags and entities.</summary>
    public static int VisibleLength(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var length = 0;
        for (var i = 0; i < html.Length; i++)
        {
            if (html[i] == '<')
            {
                var close = html.IndexOf('>', i);
                i = close < 0 ? html.Length : close;
            }
            else if (html[i] == '&')
            {
                var end = html.IndexOf(';', i);
                i = end < 0 ? i : end;
                length++;
            }
            else
            {
                length++;
            }
        }

        return length;
    }
}
