using System.Text.Json.Serialization;
using NewsBot.Core.Figures;
using NewsBot.Core.Sources;

namespace NewsBot.Storage.Analysis;

/// <summary>The JSON columns of <c>article_analysis</c>, without reflection.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(IReadOnlyList<KeyFigure>))]
[JsonSerializable(typeof(IReadOnlyList<CitedSource>))]
internal sealed partial class AnalysisJsonContext : JsonSerializerContext;
