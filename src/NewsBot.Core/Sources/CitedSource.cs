namespace NewsBot.Core.Sources;

/// <summary>Someone the article cites: "Reuters" (media), "le Pentagone" (official), "Alina Frolova" (person).</summary>
public sealed record CitedSource
{
    public required string Name { get; init; }

    public required SourceKind Kind { get; init; }
}
