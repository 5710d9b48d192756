using System.Globalization;
using System.Text;
using NewsBot.Core.Alerts;
using NewsBot.Core.Text;
using NewsBot.Discord.Json;

namespace NewsBot.Discord.Messages;

/// <summary>
/// An alert as one embed: the title links to the article, the summary is the description, key figures and
/// sources are fields, the feed and article count the footer. <see cref="AlertFitter"/> drops the least
/// important parts until every embed limit holds; only what still does not fit is cut at a word.
/// </summary>
internal static class AlertEmbedRenderer
{
    public const int Color = 0x5865F2;

    public static Embed Render(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);

        // The description has its own limit, which only the summary's sentences can meet: fit it alone first,
        // so that a long summary does not cost the figures. The total (and each field) is fitted after.
        var summary = AlertFitter.Fit(alert with { Figures = [], Sources = [] }, EmbedLimits.Description, a => EmbedText.Escape(a.Summary).Trim().Length).Summary;
        var fitted = AlertFitter.Fit(alert with { Summary = summary }, EmbedLimits.Total, a =>
        {
            var whole = Build(a, cut: false);
            return EmbedLimits.Fits(whole) ? EmbedLimits.Measure(whole) : int.MaxValue;
        });
        return Build(fitted, cut: true);
    }

    /// <summary>A short follow-up under a story's alert: the article that joined it, new sources and figures.</summary>
    public static Embed RenderFollowUp(AlertUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var description = new StringBuilder();
        description.Append("+ ").Append(update.ArticleLink is null ? EmbedText.Escape(update.ArticleTitle) : EmbedText.Link(update.ArticleTitle, update.ArticleLink));
        foreach (var figure in update.NewFigures.Take(3))
        {
            description.Append("\nNew figure: ").Append(FigureLine(figure));
        }

        if (update.NewSources.Count > 0)
        {
            description.Append('\n').Append(update.NewSources.Count == 1 ? "1 more source: " : $"{update.NewSources.Count} more sources: ")
                .Append(EmbedText.Escape(string.Join(", ", update.NewSources)));
        }

        return new Embed
        {
            Title = EmbedText.Cut("↳ " + EmbedText.Escape(update.Updated.Title), EmbedLimits.Title),
            Url = update.Updated.Link?.AbsoluteUri,
            Description = EmbedText.Cut(description.ToString(), EmbedLimits.Description),
            Color = Color,
            Footer = new EmbedFooter(EmbedText.Plain($"Update · now {update.Updated.ArticleCount} articles · topic: {update.Updated.Topic}", EmbedLimits.FooterText)),
        };
    }

    private static Embed Build(Alert alert, bool cut)
    {
        string Fit(string text, int max) => cut ? EmbedText.Cut(text, max) : text.Trim();

        var fields = new List<EmbedField>();
        if (alert.Figures.Count > 0)
        {
            fields.Add(new EmbedField("Key figures", Fit(string.Join('\n', alert.Figures.Select(f => "• " + FigureLine(f))), EmbedLimits.FieldValue)));
        }

        if (alert.Sources.Count > 0)
        {
            fields.Add(new EmbedField("Sources", Fit(EmbedText.Escape(string.Join(", ", alert.Sources)), EmbedLimits.FieldValue)));
        }

        // Footers show no markdown, so their text is only cleaned, never escaped.
        var footer = new StringBuilder(DisplayText.Clean(alert.FeedName));
        if (alert.ArticleCount > 1)
        {
            footer.Append(" · ").Append(alert.ArticleCount.ToString(CultureInfo.InvariantCulture)).Append(" articles");
        }

        footer.Append(" · topic: ").Append(DisplayText.Clean(alert.Topic));
        return new Embed
        {
            // The title is cut on its own: a long one must not cost the summary or the figures.
            Title = EmbedText.Cut(EmbedText.Escape(alert.Title), EmbedLimits.Title),
            Url = alert.Link?.AbsoluteUri,
            Description = alert.Summary.Length == 0 ? null : Fit(EmbedText.Escape(alert.Summary), EmbedLimits.Description),
            Color = Color,
            Fields = fields.Count == 0 ? null : fields,
            Footer = new EmbedFooter(Fit(footer.ToString(), EmbedLimits.FooterText)),
            Timestamp = ParsePublished(alert.Published),
        };
    }

    private static string FigureLine(AlertFigure figure) =>
        EmbedText.Escape(figure.Sources.Count == 0 ? figure.Text : $"{figure.Text} — {string.Join(", ", figure.Sources)}");

    // Alert.Published is the article's date as text; the embed shows it in each reader's time zone.
    private static string? ParsePublished(string? published) =>
        published is not null && DateTimeOffset.TryParse(published, CultureInfo.CurrentCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)
            : null;
}
