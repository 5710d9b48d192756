using System.Globalization;
using System.Text;
using NewsBot.Core.Commands;
using NewsBot.Discord.Json;

namespace NewsBot.Discord.Messages;

/// <summary>
/// A command's <see cref="Reply"/> as one embed: the title (a link when the reply has one), the lines, then
/// each section's items as a list. Items that do not fit the description's 4096 characters are left out and
/// counted ("…and 3 more"), details before whole items.
/// </summary>
internal static class ReplyEmbedRenderer
{
    public const int ErrorColor = 0xED4245;

    private const int Reserve = 40;

    public static Embed Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var text = new StringBuilder();
        foreach (var line in reply.Lines)
        {
            Append(text, EmbedText.Escape(line));
        }

        var omitted = 0;
        foreach (var section in reply.Sections)
        {
            if (section.Heading is not null && text.Length + section.Heading.Length + Reserve < EmbedLimits.Description)
            {
                text.Append(text.Length == 0 ? "" : "\n").Append("**").Append(EmbedText.Escape(section.Heading)).Append("**\n");
            }

            foreach (var item in section.Items)
            {
                var head = "• " + (item.Link is null ? EmbedText.Escape(item.Text) : EmbedText.Link(item.Text, item.Link));
                var details = string.Concat(item.Details.Select(d => "\n  " + EmbedText.Escape(d)));
                if (text.Length + head.Length + details.Length + Reserve <= EmbedLimits.Description)
                {
                    Append(text, head + details);
                }
                else if (text.Length + head.Length + Reserve <= EmbedLimits.Description)
                {
                    Append(text, head);
                }
                else
                {
                    omitted++;
                }
            }
        }

        if (omitted > 0)
        {
            Append(text, string.Create(CultureInfo.InvariantCulture, $"…and {omitted} more"));
        }

        return new Embed
        {
            Title = EmbedText.Cut(EmbedText.Escape(reply.Title), EmbedLimits.Title),
            Url = reply.TitleLink?.AbsoluteUri,
            Description = text.Length == 0 ? null : EmbedText.Cut(text.ToString(), EmbedLimits.Description),
            Color = reply.IsError ? ErrorColor : AlertEmbedRenderer.Color,
        };
    }

    private static void Append(StringBuilder text, string block)
    {
        if (text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }

        text.Append(block);
    }
}
