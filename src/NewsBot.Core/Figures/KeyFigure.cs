namespace NewsBot.Core.Figures;

/// <summary>
/// A number that counts or measures something in the story: "jusqu’à 12 000 soldats nord-coréens" is
/// <c>Value</c> 12000, <c>What</c> "soldats nord-coréens", <c>Qualifier</c> at most.
/// </summary>
public sealed record KeyFigure
{
    /// <summary>The plain number: 1,3 million is 1300000, 35 % is 35, $2.3 billion is 2300000000.</summary>
    public required double Value { get; init; }

    /// <summary>For a range ("10,000 to 12,000"), its upper end; <see cref="Value"/> is the lower end.</summary>
    public double? ValueMax { get; init; }

    /// <summary>The span as written, qualifier included.</summary>
    public required string Text { get; init; }

    /// <summary>What is counted or measured ("soldats nord-coréens", "revenue").</summary>
    public required string What { get; init; }

    /// <summary>%, €, $, £, km, ha, t, °C, ... or null for a plain count.</summary>
    public string? Unit { get; init; }

    public required FigureQualifier Qualifier { get; init; }

    /// <summary>The sentence the figure was read from.</summary>
    public required string Sentence { get; init; }

    /// <summary>Who the sentence (or the quote the figure sits in) attributes the figure to, if anyone.</summary>
    public string? Source { get; init; }
}
