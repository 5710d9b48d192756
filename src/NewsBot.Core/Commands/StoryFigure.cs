using NewsBot.Core.Figures;

namespace NewsBot.Core.Commands;

/// <summary>A key figure of a story, with who reports it and when it was first reported.</summary>
public sealed record StoryFigure
{
    /// <summary>The figure as extracted; <see cref="KeyFigure.Source"/> is who it is attributed to ("le Pentagone").</summary>
    public required KeyFigure Figure { get; init; }

    /// <summary>The outlets or feeds whose articles carry it ("Le Monde", "Reuters").</summary>
    public IReadOnlyList<string> ReportedBy { get; init; } = [];

    /// <summary>When the first article carrying it was published (or fetched, when it has no date).</summary>
    public required DateTimeOffset ReportedAt { get; init; }

    /// <summary>The article that carries it; the story's link when null.</summary>
    public Uri? Link { get; init; }
}
