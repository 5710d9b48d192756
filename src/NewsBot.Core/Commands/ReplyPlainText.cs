using System.Text;
using NewsBot.Core.Text;

namespace NewsBot.Core.Commands;

/// <summary>A reply as plain text, for the console channel, logs and tests; cleaned of control characters.</summary>
public static class ReplyPlainText
{
    public static string ToPlainText(this Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var text = new StringBuilder();
        text.Append(reply.Title);
        if (reply.TitleLink is not null)
        {
            text.Append(" <").Append(reply.TitleLink).Append('>');
        }

        text.Append('\n');
        foreach (var line in reply.Lines)
        {
            text.Append(line).Append('\n');
        }

        foreach (var section in reply.Sections)
        {
            if (section.Heading is not null)
            {
                text.Append('\n').Append(section.Heading).Append('\n');
            }

            foreach (var item in section.Items)
            {
                text.Append("- ").Append(item.Text);
                if (item.Link is not null)
                {
                    text.Append(" <").Append(item.Link).Append('>');
                }

                text.Append('\n');
                foreach (var detail in item.Details)
                {
                    text.Append("  ").Append(detail).Append('\n');
                }
            }
        }

        return DisplayText.Clean(text.ToString());
    }
}
