using System.Text;
using NewsBot.Core.Text;
using Telegram.Bot.Extensions;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

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

    /// <summary>
    /// The text cleaned of control and reordering characters (<see cref="DisplayText"/>), then escaped: <c>&amp;</c>,
    /// <c>&lt;</c> and <c>&gt;</c>, all that Telegram's HTML needs outside a tag.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return HtmlText.Escape(DisplayText.Clean(text));
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

    /// <summary>
    /// A message of <paramref name="html"/> to a chat, in a forum topic when <paramref name="thread"/> is set, without
    /// a link preview; an answer to message <paramref name="replyTo"/> when set (or alone once that one is gone).
    /// </summary>
    public static SendMessageRequest Message(ChatId chat, int? thread, string html, int? replyTo = null) => new()
    {
        ChatId = chat,
        MessageThreadId = thread,
        Text = html,
        ParseMode = ParseMode.Html,
        LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true },
        ReplyParameters = replyTo is { } id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null,
    };

    public static StringBuilder AppendText(this StringBuilder html, string text) => html.Append(Escape(text));

    public static StringBuilder AppendBold(this StringBuilder html, string text) => html.Append("<b>").AppendText(text).Append("</b>");

    public static StringBuilder AppendItalic(this StringBuilder html, string text) => html.Append("<i>").AppendText(text).Append("</i>");

    /// <summary>A link when <paramref name="link"/> is a web address; the plain text otherwise (Telegram rejects other schemes).</summary>
    public static StringBuilder AppendLink(this StringBuilder html, string text, Uri? link)
    {
        // The address sits in a quoted attribute: a quote in it (Uri leaves none, but it costs nothing) must not close it.
        return link is { IsAbsoluteUri: true } && link.Scheme is "https" or "http"
            ? html.Append("<a href=\"").AppendText(link.AbsoluteUri.Replace("\"", "%22", StringComparison.Ordinal)).Append("\">").AppendText(text).Append("</a>")
            : html.AppendText(text);
    }
}
