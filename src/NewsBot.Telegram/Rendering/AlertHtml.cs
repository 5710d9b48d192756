using System.Globalization;
using System.Text;
using NewsBot.Core.Alerts;
using NewsBot.Core.Text;

namespace NewsBot.Telegram.Rendering;

/// <summary>
/// An alert as Telegram HTML within <see cref="TelegramHtml.MaxMessageLength"/>: the least important parts are
/// dropped first by <see cref="AlertFitter"/>, and as a last resort the title is cut.
/// </summary>
internal static class AlertHtml
{
    public static string Render(Alert alert, int maxLength = TelegramHtml.MaxMessageLength)
    {
        ArgumentNullException.ThrowIfNull(alert);

        // Measured on the markup, which is never shorter than what Telegram counts: the fit is safe.
        var fitted = AlertFitter.Fit(alert, maxLength, a => RenderWhole(a).Length);
        var html = RenderWhole(fitted);
        if (html.Length <= maxLength)
        {
            return html;
        }

        // A title with no space to cut at and nothing else left to drop: cut by the overflow, which is enough, as
        // each character of the cleaned title is at least one of markup.
        var title = DisplayText.Clean(fitted.Title);
        var keep = title.Length - (html.Length - maxLength) - 1;
        var cut = keep > 0 ? RenderWhole(fitted with { Title = DisplayText.Prefix(title, keep) + "…" }) : null;

        // Not even without its title (a topic or feed name near the limit): the title alone, which always fits.
        return cut is not null && cut.Length <= maxLength ? cut : "🔔 " + TelegramHtml.EscapeWithin(fitted.Title, maxLength - 3);
    }

    private static string RenderWhole(Alert alert)
    {
        var html = new StringBuilder();
        html.Append("🔔 ").AppendItalic(alert.Topic).Append('\n');
        html.Append("<b>").AppendLink(alert.Title, alert.Link).Append("</b>\n");
        if (alert.Summary.Length > 0)
        {
            html.AppendText(alert.Summary).Append('\n');
        }

        if (alert.Figures.Count > 0)
        {
            html.Append('\n').AppendBold("Key figures").Append('\n');
            foreach (var figure in alert.Figures)
            {
                html.AppendFigure(figure.Text, string.Join(", ", figure.Sources));
            }
        }

        if (alert.Sources.Count > 0)
        {
            html.Append('\n').AppendBold("Sources:").Append(' ').AppendText(string.Join(", ", alert.Sources)).Append('\n');
        }

        string?[] footer = ["From " + alert.FeedName, alert.Published, alert.ArticleCount > 1 ? alert.ArticleCount.ToString(CultureInfo.InvariantCulture) + " articles" : null];
        html.AppendItalic(string.Join(" · ", footer.OfType<string>()));
        return html.ToString();
    }

    /// <summary>A short follow-up under the original alert: the new article, new sources, new figures.</summary>
    public static string RenderFollowUp(AlertUpdate update, int maxLength = TelegramHtml.MaxMessageLength)
    {
        ArgumentNullException.ThrowIfNull(update);
        var html = new StringBuilder();
        html.Append("↳ ").AppendBold(update.Updated.Title).Append(" — now ")
            .Append(update.Updated.ArticleCount.ToString(CultureInfo.InvariantCulture)).Append(" articles\n");
        html.Append("+ ").AppendLink(DisplayText.Shorten(update.ArticleTitle, 500), update.ArticleLink).Append('\n');
        if (update.NewSources.Count > 0)
        {
            html.Append(update.NewSources.Count == 1 ? "New source: " : "New sources: ")
                .AppendText(DisplayText.Shorten(string.Join(", ", update.NewSources), 1000)).Append('\n');
        }

        foreach (var figure in update.NewFigures.Take(3))
        {
            html.AppendFigure(DisplayText.Shorten(figure.Text, 300), DisplayText.Shorten(string.Join(", ", figure.Sources), 200));
        }

        var text = html.ToString().TrimEnd('\n');
        return text.Length <= maxLength ? text : "↳ " + TelegramHtml.EscapeWithin(update.ArticleTitle, maxLength - 2);
    }

    // The figure as written already carries its qualifier ("jusqu’à", "environ"); who gave it follows in italics.
    private static StringBuilder AppendFigure(this StringBuilder html, string figure, string sources) => sources.Length == 0
        ? html.Append("• ").AppendText(figure).Append('\n')
        : html.Append("• ").AppendText(figure).Append(" — ").AppendItalic(sources).Append('\n');
}
