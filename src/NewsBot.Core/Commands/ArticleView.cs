using NewsBot.Core.Figures;
using NewsBot.Core.Sources;

namespace NewsBot.Core.Commands;

/// <summary>An analyzed article as <c>why</c> reads it.</summary>
public sealed record ArticleView
{
    public required long Id { get; init; }

    public required string Title { get; init; }

    public Uri? Link { get; init; }

    public required string Text { get; init; }

    /// <summary>When the text was emptied as too old to keep (<see cref="Articles.Article.TextDroppedAt"/>); null while kept.</summary>
    public DateTimeOffset? TextDroppedAt { get; init; }

    /// <summary>"fr", "en" or "und", from the stored analysis.</summary>
    public required string Language { get; init; }

    public required string FeedName { get; init; }

    public IReadOnlyList<CitedSource> Sources { get; init; } = [];

    public IReadOnlyList<KeyFigure> Figures { get; init; } = [];
}
