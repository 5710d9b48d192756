using NewsBot.Core.Alerts;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Stories;

namespace NewsBot.Core.Delivery;

/// <summary>
/// Loads what a delivery talks about: some of its story's articles with their analyses, oldest first, as much of
/// them as an alert shows.
/// </summary>
public sealed class StoryContentLoader(IArticleStore articles, IArticleAnalysisStore analyses, IStoryStore stories, IArticleAnalyzer analyzer)
{
    /// <summary>
    /// The most articles of one story an alert is composed from: its first (the alert's lead), the delivery's own
    /// and the newest.
    /// </summary>
    /// <remarks>
    /// A story the press keeps retelling grows by dozens of articles a day, and every claimed batch loaded all of
    /// them: delivery's cost and memory grew with the stories' age (the one-hour soak, docs/PERFORMANCE.md). An
    /// alert shows at most eight figures and eight sources, the ones most articles share; the newest dozen carry
    /// them, and the count of articles is read from the story, not from what was loaded.
    /// </remarks>
    public const int MaxArticlesComposed = 12;

    /// <summary>
    /// The story's articles (or the delivery's single article when it has no story); none if it was deleted.
    /// Without their text and sentences: see <see cref="ForAlert"/>.
    /// </summary>
    public async Task<StoryContent> LoadAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        IReadOnlyList<long> ids = delivery.StoryId is { } storyId
            ? await stories.ListArticleIdsAsync(storyId, cancellationToken).ConfigureAwait(false)
            : [delivery.ArticleId];
        var chosen = Choose(ids, delivery.ArticleId);
        var found = (await articles.GetManyAsync(chosen, cancellationToken).ConfigureAwait(false)).ToDictionary(a => a.Id);
        var analyzed = await analyses.GetManyAsync(chosen, cancellationToken).ConfigureAwait(false);
        var loaded = new List<AnalyzedArticle>(found.Count);
        foreach (var id in chosen)
        {
            if (!found.TryGetValue(id, out var article))
            {
                continue;
            }

            // An article stored by a build that did not analyze yet (or whose analysis was lost) is analyzed now.
            var analysis = analyzed.GetValueOrDefault(id) ?? analyzer.Analyze(article.Title, article.Text);
            loaded.Add(ForAlert(article, analysis));
        }

        return new StoryContent(loaded, ids.Count - (chosen.Count - loaded.Count));
    }

    /// <summary>
    /// Of a story's article ids, oldest first, those an alert is composed from: all of them up to
    /// <see cref="MaxArticlesComposed"/>; beyond, the first, <paramref name="own"/> (the article the delivery is
    /// about, which an update names) and the newest, in the story's order.
    /// </summary>
    internal static IReadOnlyList<long> Choose(IReadOnlyList<long> ids, long own)
    {
        if (ids.Count <= MaxArticlesComposed)
        {
            return ids;
        }

        var kept = new SortedSet<int> { 0 };
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == own)
            {
                kept.Add(i);
                break;
            }
        }

        for (var i = ids.Count - 1; kept.Count < MaxArticlesComposed; i--)
        {
            kept.Add(i);
        }

        return kept.Select(i => ids[i]).ToList();
    }

    /// <summary>
    /// What the alert and update composers read of an article (title, link, feed, date, summary, figures,
    /// sources, language), without its full text and the analysis's sentences.
    /// </summary>
    /// <remarks>
    /// A loaded story waits with its claimed batch behind the slowest channel it goes to, seconds under a
    /// delivery backlog: long enough to be promoted to the oldest generation, where the text and sentences,
    /// most of an article's bytes, would stay until the next full collection.
    /// </remarks>
    internal static AnalyzedArticle ForAlert(Article article, ArticleAnalysis analysis) =>
        new(article with { Text = string.Empty }, analysis with { Sentences = [] });
}
