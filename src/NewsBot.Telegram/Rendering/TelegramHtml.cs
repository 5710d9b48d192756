using System.Text;
using NewsBot.Core.Text;

namespace NewsBot.Telegram.Rendering;

/// <summary>
/// Telegram's HTML parse mode, the subset the bot writes: <c>b</c>, <c>i</c>, <c>a href</c>, <c>blockquote</c>.
/// Every piece of text goes through <see cref="Escape"/>; only the named entities Telegram knows are used, and
/// every tag is written by the renderers in pairs, so text from a feed can neither open nor close one.
/// </summary>
internal static class TelegramHtml
{
    /// <summary>Telegram's limit on a message's text after entity parsing.</summary>
    public const int MaxMessageLength = 4096;

    /// <summary>The text cleaned of control and reordering characters (<see cref="DisplayText"/>), then escaped.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = DisplayText.Clean(text);
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '"':
                    escaped.Append("&quot;");
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>
    /// <see cref="Escape"/>d text of at most <paramref name="maxLength"/> characters of markup: when it is longer,
    /// cut before the entity or surrogate pair that would not fit whole, and marked with "…".
    /// </summary>
    public static string EscapeWithin(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var escaped = Escape(text);
        if (escaped.Length <= maxLength)
        {
            return escaped;
        }

        var end = maxLength - 1;
        var entity = end > 0 ? escaped.LastIndexOf('&', end - 1) : -1;
        if (entity >= 0 && escaped.IndexOf(';', entity) >= end)
        {
            end = entity;
        }

        return DisplayText.Prefix(escaped, end) + "…";
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
