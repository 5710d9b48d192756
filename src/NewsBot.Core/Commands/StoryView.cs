using NewsBot.Core.Sources;

namespace NewsBot.Core.Commands;

/// <summary>A story (the articles about one event) as the commands read it.</summary>
public sealed record StoryView
{
    public required long Id { get; init; }

    public required string Title { get; init; }

    /// <summary>The link of its main article.</summary>
    public Uri? Link { get; init; }

    /// <summary>When its latest article joined it.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    public required int ArticleCount { get; init; }

    /// <summary>Two or three sentences; may be empty.</summary>
    public required string Summary { get; init; }

    /// <summary>"fr", "en" or "und": what <c>lang:</c> in a topic compares.</summary>
    public required string Language { get; init; }

    /// <summary>Its key figures, each with the outlets that report it; newest first is not required.</summary>
    public IReadOnlyList<StoryFigure> Figures { get; init; } = [];

    /// <summary>Who its articles cite: what <c>source:</c> in a topic compares (with the link's host).</summary>
    public IReadOnlyList<CitedSource> Sources { get; init; } = [];

    /// <summary>The feeds its articles came from: what <c>feed:</c> compares.</summary>
    public IReadOnlyList<string> FeedNames { get; init; } = [];

    /// <summary>
    /// The text topics are matched against: its articles' titles and texts, each article separated by a
    /// blank line. Matching a story means matching this, as one article.
    /// </summary>
    public required string Text { get; init; }
}
