using NewsBot.Core.Figures;
using NewsBot.Core.Sources;

namespace NewsBot.Core.Analysis;

/// <summary>One article as <c>newsbot analyze --json</c> prints it (field names per the architecture contract).</summary>
public sealed record AnalyzedArticleJson(
    string File,
    string Title,
    string Language,
    string? Published,
    string Summary,
    IReadOnlyList<FigureJson> Figures,
    IReadOnlyList<SourceJson> Sources);

/// <summary>A key figure in the <c>analyze --json</c> contract.</summary>
public sealed record FigureJson(double Value, string Text, string What, string? Unit, FigureQualifier Qualifier, string Sentence, string? Source);

/// <summary>A cited source in the <c>analyze --json</c> contract.</summary>
public sealed record SourceJson(string Name, SourceKind Kind);
