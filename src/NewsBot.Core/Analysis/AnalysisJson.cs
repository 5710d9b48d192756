using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Core.Analysis;

/// <summary>Maps analyses to the <c>analyze --json</c> contract and writes them, without reflection.</summary>
public static class AnalysisJson
{
    private static readonly AnalysisJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        // Article text is French and English: keep "é" and "’" readable rather than \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The contract object for one article; <c>published</c> is "2024-10", "2024-10-17" or null, as the host knows it.</summary>
    public static AnalyzedArticleJson ToJson(ArticleAnalysis analysis, string file, string title, string? published)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return new AnalyzedArticleJson(
            file,
            title,
            analysis.Language,
            published,
            analysis.Summary,
            analysis.Figures.Select(f => new FigureJson(f.Value, f.Text, f.What, f.Unit, f.Qualifier, f.Sentence, f.Source)).ToArray(),
            analysis.Sources.Select(s => new SourceJson(s.Name, s.Kind)).ToArray());
    }

    public static string Serialize(IReadOnlyList<AnalyzedArticleJson> articles) =>
        JsonSerializer.Serialize(articles, Context.IReadOnlyListAnalyzedArticleJson);
}

[JsonSerializable(typeof(IReadOnlyList<AnalyzedArticleJson>))]
internal sealed partial class AnalysisJsonContext : JsonSerializerContext;
