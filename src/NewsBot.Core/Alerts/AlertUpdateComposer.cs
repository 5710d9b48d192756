using NewsBot.Core.Analysis;
using NewsBot.Core.Subscriptions;

namespace NewsBot.Core.Alerts;

/// <summary>Builds the update for an article that joined a story after the channel's alert went out.</summary>
public static class AlertUpdateComposer
{
    public static AlertUpdate Compose(
        IReadOnlyList<AnalyzedArticle> story, long newArticleId, Subscription subscription, string originalMessageId, bool mayEdit) =>
        Compose(new StoryContent(story), newArticleId, subscription, originalMessageId, mayEdit);

    /// <remarks>
    /// What is new is what the story's loaded articles show with <paramref name="newArticleId"/> and not without it;
    /// for a story loaded in part, a figure only an article left out had reported counts as new.
    /// </remarks>
    public static AlertUpdate Compose(
        StoryContent story, long newArticleId, Subscription subscription, string originalMessageId, bool mayEdit)
    {
        ArgumentNullException.ThrowIfNull(story);
        var updated = AlertComposer.Compose(story, subscription);
        var before = story.Articles.Where(a => a.Article.Id != newArticleId).ToList();
        var previous = before.Count == 0
            ? null
            : AlertComposer.Compose(new StoryContent(before, story.ArticleCount - (story.Articles.Count - before.Count)), subscription);
        var article = story.Articles.FirstOrDefault(a => a.Article.Id == newArticleId)?.Article;
        var knownSources = previous?.Sources ?? [];
        var knownFigures = previous?.Figures.Select(f => f.Text).ToHashSet(StringComparer.Ordinal) ?? [];
        return new AlertUpdate
        {
            Updated = updated,
            OriginalMessageId = originalMessageId,
            MayEdit = mayEdit,
            ArticleTitle = article?.Title ?? updated.Title,
            ArticleLink = article?.Link,
            NewSources = updated.Sources.Where(s => !knownSources.Contains(s, StringComparer.OrdinalIgnoreCase)).ToList(),
            NewFigures = updated.Figures.Where(f => !knownFigures.Contains(f.Text)).ToList(),
        };
    }
}
