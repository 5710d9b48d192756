using NewsBot.Core.Figures;
using NewsBot.Core.Sources;

namespace NewsBot.Core.Analysis;

/// <summary>What the bot understands of one article.</summary>
public sealed record ArticleAnalysis
{
    /// <summary>"fr", "en", or "und" when the text gives too little to tell.</summary>
    public required string Language { get; init; }

    /// <summary>0 to 1.</summary>
    public required double LanguageConfidence { get; init; }

    /// <summary>Two or three sentences of the article, at most 600 characters; empty if it has no prose.</summary>
    public required string Summary { get; init; }

    /// <summary>The article's prose sentences, in order (boilerplate left out).</summary>
    public required IReadOnlyList<string> Sentences { get; init; }

    public required IReadOnlyList<KeyFigure> Figures { get; init; }

    public required IReadOnlyList<CitedSource> Sources { get; init; }

    public static ArticleAnalysis Empty { get; } = new()
    {
        Language = "und",
        LanguageConfidence = 0,
        Summary = string.Empty,
        Sentences = [],
        Figures = [],
        Sources = [],
    };
}
