using NewsBot.Core.Articles;
using NewsBot.Core.Sources;

namespace NewsBot.Core.Stories;

/// <summary>Articles from any feed about one event, with the figures and sources they report together.</summary>
public sealed record Story
{
    public required long Id { get; init; }

    /// <summary>In the order they joined; the first one opened the story.</summary>
    public required IReadOnlyList<Article> Articles { get; init; }

    /// <summary>Every figure of every article, once per value and thing counted.</summary>
    public required IReadOnlyList<StoryFigure> Figures { get; init; }

    /// <summary>Every source the articles cite, once each (names compared without case or accents).</summary>
    public required IReadOnlyList<CitedSource> Sources { get; init; }

    /// <summary>Time of the newest article (published, else fetched); later articles join within the window after it.</summary>
    public required DateTimeOffset LastSeen { get; init; }
}
