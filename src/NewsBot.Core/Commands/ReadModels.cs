using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Commands;

/// <summary>
/// Stories and articles of <see cref="IStoryQueries"/> as the topic matcher takes them, with their stored
/// analysis, so matching a <c>source:</c> or <c>has:</c> filter never analyzes again.
/// </summary>
internal static class ReadModels
{
    public static Article ToArticle(StoryView story, string feedName) => new()
    {
        Id = story.Id,
        FeedName = feedName,
        Link = story.Link,
        Title = story.Title,
        Text = story.Text,
        ContentHash = string.Empty,
        FetchedAt = story.UpdatedAt,
    };

    public static ArticleAnalysis ToAnalysis(StoryView story) => new()
    {
        Language = story.Language,
        LanguageConfidence = 1,
        Summary = story.Summary,
        Sentences = [],
        Figures = story.Figures.Select(f => f.Figure).ToList(),
        Sources = story.Sources,
    };

    public static Article ToArticle(ArticleView article) => new()
    {
        Id = article.Id,
        FeedName = article.FeedName,
        Link = article.Link,
        Title = article.Title,
        Text = article.Text,
        ContentHash = string.Empty,
        FetchedAt = DateTimeOffset.UnixEpoch,
    };

    public static ArticleAnalysis ToAnalysis(ArticleView article) => new()
    {
        Language = article.Language,
        LanguageConfidence = 1,
        Summary = string.Empty,
        Sentences = [],
        Figures = article.Figures,
        Sources = article.Sources,
    };
}
