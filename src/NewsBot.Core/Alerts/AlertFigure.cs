using NewsBot.Core.Figures;

namespace NewsBot.Core.Alerts;

/// <summary>A key figure as an alert shows it: as written, what it counts, and who reports it.</summary>
public sealed record AlertFigure
{
    /// <summary>The figure as the article wrote it, e.g. "jusqu’à 12 000 soldats nord-coréens".</summary>
    public required string Text { get; init; }

    public required string What { get; init; }

    public required FigureQualifier Qualifier { get; init; }

    /// <summary>Who the articles attribute it to; empty when no one is named.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];
}
