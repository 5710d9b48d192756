using System.Text;
using NewsBot.Core.Commands;

namespace NewsBot.Telegram.Rendering;

/// <summary>
/// A command's reply as Telegram HTML within <see cref="TelegramHtml.MaxMessageLength"/>: when it is too long,
/// item details go first (least important last), then the last items, with a note of how many were left out.
/// </summary>
internal static class ReplyHtml
{
    public static string Render(Reply reply, int maxLength = TelegramHtml.MaxMessageLength)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var current = reply;
        var dropped = 0;
        var html = RenderWhole(current, dropped);
        while (html.Length > maxLength)
        {
            var smaller = Shrink(current);
            if (smaller is null)
            {
                break;
            }

            if (Count(smaller) < Count(current))
            {
                dropped++;
            }

            current = smaller;
            html = RenderWhole(current, dropped);
        }

        // Lines alone too long (a pathological title or text): cut the markup-free text instead.
        if (html.Length <= maxLength)
        {
            return html;
        }

        return TelegramHtml.EscapeWithin(reply.ToPlainText().TrimEnd('\n'), maxLength);
    }

    private static int Count(Reply reply) => reply.Sections.Sum(s => s.Items.Count);

    private static Reply? Shrink(Reply reply)
    {
        // The last detail of the item with the most details, then whole items from the end.
        var sections = reply.Sections.ToList();
        var withDetails = sections.SelectMany((s, si) => s.Items.Select((item, ii) => (si, ii, item.Details.Count)))
            .Where(x => x.Count > 0)
            .OrderByDescending(x => x.Count).ThenByDescending(x => x.si).ThenByDescending(x => x.ii)
            .FirstOrDefault();
        if (withDetails.Count > 0)
        {
            var items = sections[withDetails.si].Items.ToList();
            var item = items[withDetails.ii];
            items[withDetails.ii] = item with { Details = item.Details.Take(item.Details.Count - 1).ToList() };
            sections[withDetails.si] = sections[withDetails.si] with { Items = items };
            return reply with { Sections = sections };
        }

        for (var si = sections.Count - 1; si >= 0; si--)
        {
            if (sections[si].Items.Count > 0)
            {
                sections[si] = sections[si] with { Items = sections[si].Items.Take(sections[si].Items.Count - 1).ToList() };
                return reply with { Sections = sections };
            }
        }

        return null;
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
