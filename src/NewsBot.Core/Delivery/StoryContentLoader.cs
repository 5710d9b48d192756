using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Stories;

namespace NewsBot.Core.Delivery;

/// <summary>
/// Loads what a delivery talks about: its story's articles with their analyses, oldest first, as much of them as
/// an alert shows.
/// </summary>
public sealed class StoryContentLoader(IArticleStore articles, IArticleAnalysisStore analyses, IStoryStore stories, IArticleAnalyzer analyzer)
{
    /// <summary>
    /// The story's articles (or the delivery's single article when it has no story); empty if it was deleted.
    /// Without their text and sentences: see <see cref="ForAlert"/>.
    /// </summary>
    public async Task<IReadOnlyList<AnalyzedArticle>> LoadAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        IReadOnlyList<long> ids = delivery.StoryId is { } storyId
            ? await stories.ListArticleIdsAsync(storyId, cancellationToken).ConfigureAwait(false)
            : [delivery.ArticleId];
        var loaded = new List<AnalyzedArticle>(ids.Count);
        foreach (var id in ids)
        {
            var article = await articles.GetAsync(id, cancellationToken).ConfigureAwait(false);
            if (article is null)
            {
                continue;
            }

            // An article stored by a build that did not analyze yet (or whose analysis was lost) is analyzed now.
            var analysis = await analyses.GetAsync(id, cancellationToken).ConfigureAwait(false) ?? analyzer.Analyze(article.Title, article.Text);
            loaded.Add(ForAlert(article, analysis));
        }

        return loaded;
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
