using System.Text;
using NewsBot.Core.Alerts;
using NewsBot.Core.Delivery;

namespace NewsBot.ConsoleChannel;

/// <summary>Renders an alert as plain text, the way a chat user would read it.</summary>
internal static class ConsoleAlertRenderer
{
    public static string Render(ChannelAddress channel, Alert alert)
    {
        var text = new StringBuilder();
        text.Append("── #").Append(channel.ChannelId).Append(" · ").Append(alert.Topic).AppendLine(" ──");
        text.Append("📰 ").AppendLine(alert.Title);
        if (alert.Link is not null)
        {
            text.AppendLine(alert.Link.ToString());
        }

        text.AppendLine(alert.Summary);
        text.Append("Source: ").Append(alert.Source);
        if (alert.Published is not null)
        {
            text.Append(" · ").Append(alert.Published);
        }

        text.AppendLine();
        return text.ToString();
    }
}
