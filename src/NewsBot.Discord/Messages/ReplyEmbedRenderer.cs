using System.Globalization;
using System.Text;
using NewsBot.Core.Commands;
using NewsBot.Discord.Json;

namespace NewsBot.Discord.Messages;

/// <summary>
/// A command's <see cref="Reply"/> as one embed: the title (a link when the reply has one), the lines, then
/// each section's items as a list. What does not fit the description's 4096 characters is left out by
/// <see cref="ReplyFitter"/> (details, then the last items) and counted ("…and 3 more").
/// </summary>
internal static class ReplyEmbedRenderer
{
    public const int ErrorColor = 0xED4245;

    public static Embed Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var (fitted, leftOut) = ReplyFitter.Fit(reply, EmbedLimits.Description, (r, n) => Description(r, n).Length);
        var text = Description(fitted, leftOut);
        return new Embed
        {
            Title = EmbedText.Cut(EmbedText.Escape(reply.Title), EmbedLimits.Title),
            Url = reply.TitleLink?.AbsoluteUri,
            Description = text.Length == 0 ? null : EmbedText.Cut(text, EmbedLimits.Description),
            Color = reply.IsError ? ErrorColor : AlertEmbedRenderer.Color,
        };
    }

    private static string Description(Reply reply, int leftOut)
    {
        var text = new StringBuilder();
        foreach (var line in reply.Lines)
        {
            Append(text, EmbedText.Escape(line));
        }

        foreach (var section in reply.Sections)
        {
            if (section.Heading is not null)
            {
                text.Append(text.Length == 0 ? "" : "\n").Append("**").Append(EmbedText.Escape(section.Heading)).Append("**\n");
            }

            foreach (var item in section.Items)
            {
                var head = "• " + (item.Link is null ? EmbedText.Escape(item.Text) : EmbedText.Link(item.Text, item.Link));
                Append(text, head + string.Concat(item.Details.Select(d => "\n  " + EmbedText.Escape(d))));
            }
        }

        if (leftOut > 0)
        {
            Append(text, string.Create(CultureInfo.InvariantCulture, $"…and {leftOut} more"));
        }

        return text.ToString();
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
