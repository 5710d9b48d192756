using System.Text;
using NewsBot.Core.Alerts;
using NewsBot.Core.Delivery;
using NewsBot.Core.Text;

namespace NewsBot.ConsoleChannel;

/// <summary>
/// Renders an alert as plain text, the way a chat user would read it, within a length budget. What a feed wrote
/// is cleaned of control characters, so it can send no escape sequence to the terminal.
/// </summary>
internal static class ConsoleAlertRenderer
{
    /// <summary>Kept near the chat platforms' limits so the console shows what a chat would get.</summary>
    public const int MaxLength = 2000;

    public static string Render(ChannelAddress channel, Alert alert)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var fitted = AlertFitter.Fit(alert, MaxLength, a => RenderWhole(channel, a).Length);
        return DisplayText.Clean(RenderWhole(channel, fitted));
    }

    private static string RenderWhole(ChannelAddress channel, Alert alert)
    {
        var text = new StringBuilder();
        text.Append("── #").Append(channel.ChannelId).Append(" · ").Append(alert.Topic).AppendLine(" ──");
        text.Append("📰 ").AppendLine(alert.Title);
        if (alert.Link is not null)
        {
            text.AppendLine(alert.Link.ToString());
        }

        if (alert.Summary.Length > 0)
        {
            text.AppendLine(alert.Summary);
        }

        if (alert.Figures.Count > 0)
        {
            text.AppendLine("Key figures:");
            foreach (var figure in alert.Figures)
            {
                // The figure as written already carries its qualifier ("jusqu’à", "environ").
                text.Append("  • ").Append(figure.Text);
                if (figure.Sources.Count > 0)
                {
                    text.Append(" — ").Append(string.Join(", ", figure.Sources));
                }

                text.AppendLine();
            }
        }

        if (alert.Sources.Count > 0)
        {
            text.Append("Sources: ").AppendLine(string.Join(", ", alert.Sources));
        }

        text.Append("From ").Append(alert.FeedName);
        if (alert.Published is not null)
        {
            text.Append(" · ").Append(alert.Published);
        }

        if (alert.ArticleCount > 1)
        {
            text.Append(" · ").Append(alert.ArticleCount).Append(" articles");
        }

        text.AppendLine();
        return text.ToString();
    }

    /// <summary>"↳ 2 more sources: …, new figures: …" under the story's title.</summary>
    public static string RenderFollowUp(ChannelAddress channel, AlertUpdate update)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(update);
        var text = new StringBuilder();
        text.Append("── #").Append(channel.ChannelId).Append(" · update to message ").Append(update.OriginalMessageId).AppendLine(" ──");
        text.Append("↳ ").Append(update.Updated.Title).Append(" — now ").Append(update.Updated.ArticleCount).AppendLine(" articles");
        text.Append("  + ").AppendLine(update.ArticleTitle);
        if (update.ArticleLink is not null)
        {
            text.Append("    ").AppendLine(update.ArticleLink.ToString());
        }

        if (update.NewSources.Count > 0)
        {
            text.Append("  ").Append(update.NewSources.Count).Append(update.NewSources.Count == 1 ? " more source: " : " more sources: ")
                .AppendLine(string.Join(", ", update.NewSources));
        }

        foreach (var figure in update.NewFigures.Take(3))
        {
            text.Append("  new figure: ").Append(figure.Text);
            if (figure.Sources.Count > 0)
            {
                text.Append(" — ").Append(string.Join(", ", figure.Sources));
            }

            text.AppendLine();
        }

        return DisplayText.Clean(text.ToString());
    }
}
