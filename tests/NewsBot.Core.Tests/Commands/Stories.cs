using NewsBot.Core.Commands;
using NewsBot.Core.Figures;
using NewsBot.Core.Sources;

namespace NewsBot.Core.Tests.Commands;

/// <summary>Read models for the command tests: stories and articles that differ only where a test says so.</summary>
internal static class Stories
{
    public static readonly DateTimeOffset Now = new(2024, 10, 25, 8, 0, 0, TimeSpan.Zero);

    public static StoryView Story(long id, string title, string text, DateTimeOffset updatedAt, params IReadOnlyList<StoryFigure> figures) => new()
    {
        Id = id,
        Title = title,
        Link = new Uri($"https://example.org/story/{id}"),
        UpdatedAt = updatedAt,
        ArticleCount = 2,
        Summary = $"Summary of {title}.",
        Language = "fr",
        Figures = figures,
        Sources = [new CitedSource { Name = "Reuters", Kind = SourceKind.Media }],
        FeedNames = ["lemonde"],
        Text = title + "\n\n" + text,
    };

    public static StoryFigure Figure(double value, string text, string what, string? source, DateTimeOffset at, FigureQualifier qualifier = FigureQualifier.Exact, params IReadOnlyList<string> reportedBy) => new()
    {
        Figure = new KeyFigure { Value = value, Text = text, What = what, Qualifier = qualifier, Sentence = text + ".", Source = source },
        ReportedBy = reportedBy,
        ReportedAt = at,
    };

    public static ArticleView Article(long id, string title, string text, string language = "fr", string feed = "lemonde") => new()
    {
        Id = id,
        Title = title,
        Link = new Uri($"https://example.org/news/{id}"),
        Text = text,
        Language = language,
        FeedName = feed,
        Sources = [new CitedSource { Name = "Reuters", Kind = SourceKind.Media }],
    };
}
