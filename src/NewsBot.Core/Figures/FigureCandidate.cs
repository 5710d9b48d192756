namespace NewsBot.Core.Figures;

/// <summary>A figure as found in one sentence, before attribution and merging.</summary>
internal sealed record FigureCandidate
{
    public required double Value { get; init; }

    public double? ValueMax { get; init; }

    public required string Text { get; init; }

    public required string What { get; init; }

    public string? Unit { get; init; }

    public required FigureQualifier Qualifier { get; init; }

    /// <summary>Index of the sentence in the article's sentence list.</summary>
    public required int Sentence { get; init; }

    /// <summary>The number's first token, to find the quotation it sits in.</summary>
    public required int Token { get; init; }

    public string? Source { get; init; }
}
