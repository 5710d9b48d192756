using System.Text.Json;
using NewsBot.Core.Analysis;

namespace NewsBot.Storage.Analysis;

internal sealed class ArticleAnalysisRow
{
    public const string SelectColumns = """
        SELECT article_id AS ArticleId, language AS Language, language_confidence AS LanguageConfidence, summary AS Summary,
               figures_json AS FiguresJson, sources_json AS SourcesJson
        FROM article_analysis
        """;

    public long ArticleId { get; set; }

    public string Language { get; set; } = "und";

    public double LanguageConfidence { get; set; }

    public string Summary { get; set; } = string.Empty;

    public string FiguresJson { get; set; } = "[]";

    public string SourcesJson { get; set; } = "[]";

    public ArticleAnalysis ToAnalysis() => new()
    {
        Language = Language,
        LanguageConfidence = LanguageConfidence,
        Summary = Summary,
        Sentences = [],
        Figures = JsonSerializer.Deserialize(FiguresJson, AnalysisJsonContext.Default.IReadOnlyListKeyFigure) ?? [],
        Sources = JsonSerializer.Deserialize(SourcesJson, AnalysisJsonContext.Default.IReadOnlyListCitedSource) ?? [],
    };
}
