using System.Globalization;
using System.Text;
using NewsBot.Core.Analysis;
using NewsBot.Core.Figures;

namespace NewsBot.Cli;

/// <summary>The readable form of <c>analyze</c>: one block per article.</summary>
internal static class AnalysisReport
{
    public static string Render(AnalyzedArticleJson article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = new StringBuilder();
        text.Append("═══ ").Append(article.File).Append(" — ").AppendLine(article.Title);
        text.Append("language: ").Append(article.Language).Append("   published: ").AppendLine(article.Published ?? "—");
        text.Append("summary: ").AppendLine(article.Summary.Length == 0 ? "—" : article.Summary);
        text.AppendLine(CultureInfo.InvariantCulture, $"figures ({article.Figures.Count}):");
        foreach (var figure in article.Figures)
        {
            text.Append("  • ").Append(figure.Text).Append("  = ").Append(figure.Value.ToString("#,0.###", CultureInfo.InvariantCulture));
            if (figure.Unit is not null)
            {
                text.Append(' ').Append(figure.Unit);
            }

            text.Append(" [").Append(Qualifier(figure.Qualifier)).Append("] ").Append(figure.What);
            text.Append(" — source: ").AppendLine(figure.Source ?? "—");
        }

        text.Append("sources: ").AppendLine(article.Sources.Count == 0
            ? "—"
            : string.Join(", ", article.Sources.Select(s => $"{s.Name} ({s.Kind.ToString().ToLowerInvariant()})")));
        return text.ToString();
    }

    private static string Qualifier(FigureQualifier qualifier) => qualifier switch
    {
        FigureQualifier.Approx => "approx",
        FigureQualifier.AtLeast => "at least",
        FigureQualifier.AtMost => "at most",
        _ => "exact",
    };
}
