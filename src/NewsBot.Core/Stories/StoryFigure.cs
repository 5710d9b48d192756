using NewsBot.Core.Figures;

namespace NewsBot.Core.Stories;

/// <summary>
/// A figure of a story: the same value of the same thing counted, however many articles report it —
/// "12 000 soldats nord-coréens" in two articles is one figure with both articles' sources.
/// </summary>
public sealed record StoryFigure
{
    public required double Value { get; init; }

    public double? ValueMax { get; init; }

    public string? Unit { get; init; }

    /// <summary>What is counted, as the first article to report it wrote it.</summary>
    public required string What { get; init; }

    public required FigureQualifier Qualifier { get; init; }

    /// <summary>The wording of the first article to report it.</summary>
    public required string Text { get; init; }

    /// <summary>Who the articles attribute it to, each once; empty when none says.</summary>
    public required IReadOnlyList<string> Sources { get; init; }

    /// <summary>The articles that report it.</summary>
    public required IReadOnlyList<long> ArticleIds { get; init; }
}
