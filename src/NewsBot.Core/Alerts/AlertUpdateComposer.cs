using NewsBot.Core.Analysis;
using NewsBot.Core.Subscriptions;

namespace NewsBot.Core.Alerts;

/// <summary>Builds the update for an article that joined a story after the channel's alert went out.</summary>
public static class AlertUpdateComposer
{
    public static AlertUpdate Compose(
        IReadOnlyList<AnalyzedArticle> story, long newArticleId, Subscription subscription, string originalMessageId, bool mayEdit)
    {
        ArgumentNullException.ThrowIfNull(story);
        var updated = AlertComposer.Compose(story, subscription);
        var before = story.Where(a => a.Article.Id != newArticleId).ToList();
        var previous = before.Count == 0 ? null : AlertComposer.Compose(before, subscription);
        var article = story.FirstOrDefault(a => a.Article.Id == newArticleId)?.Article;
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
