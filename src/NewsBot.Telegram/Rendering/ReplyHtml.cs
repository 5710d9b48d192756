using System.Text;
using NewsBot.Core.Commands;

namespace NewsBot.Telegram.Rendering;

/// <summary>
/// A command's reply as Telegram HTML within <see cref="TelegramHtml.MaxMessageLength"/>: when it is too long,
/// <see cref="ReplyFitter"/> leaves out details, then the last items, and a note says some were left out.
/// </summary>
internal static class ReplyHtml
{
    public static string Render(Reply reply, int maxLength = TelegramHtml.MaxMessageLength)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var (fitted, leftOut) = ReplyFitter.Fit(reply, maxLength, (r, n) => RenderWhole(r, n).Length);
        var html = RenderWhole(fitted, leftOut);

        // Lines alone too long (a pathological title or text): cut the markup-free text instead.
        return html.Length <= maxLength ? html : TelegramHtml.EscapeWithin(reply.ToPlainText().TrimEnd('\n'), maxLength);
    }

    private static string RenderWhole(Reply reply, int droppedItems)
    {
        var html = new StringBuilder();
        html.Append(reply.IsError ? "⚠️ " : string.Empty).Append("<b>").AppendLink(reply.Title, reply.TitleLink).Append("</b>\n");
        foreach (var line in reply.Lines)
        {
            html.AppendText(line).Append('\n');
        }

        foreach (var section in reply.Sections)
        {
            html.Append('\n');
            if (section.Heading is not null)
            {
                html.AppendBold(section.Heading).Append('\n');
            }

            foreach (var item in section.Items)
            {
                html.Append("• ").AppendLink(item.Text, item.Link).Append('\n');
                foreach (var detail in item.Details)
                {
                    html.Append("   ").AppendItalic(detail).Append('\n');
                }
            }
        }

        if (droppedItems > 0)
        {
            html.Append("\n<i>… and more, left out to fit one message.</i>");
        }

        return html.ToString().TrimEnd('\n');
    }
}
