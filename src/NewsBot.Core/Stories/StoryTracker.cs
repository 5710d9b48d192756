using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Subscriptions.Matching;

namespace NewsBot.Core.Stories;

/// <summary>
/// Puts each new article in a stored story: the clusterer decides which articles belong together,
/// the store remembers it. The clusterer is warmed once by replaying the stored assignments of the
/// last <see cref="StoryClusterer.Window"/> into their stories, so a restart keeps grouping with what
/// came before, in the same stories.
/// </summary>
public sealed class StoryTracker(IStoryStore stories, IArticleStore articles, IArticleAnalysisStore analyses, ArticleAnalyzer analyzer, TimeProvider timeProvider, AliasTable aliases)
    : IDisposable
{
    /// <summary>Stored articles read at once while the clusterer is warmed after a start.</summary>
    internal const int WarmBatch = 500;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private StoryClusterer? _clusterer;

    /// <summary>Without an alias table: French and English reports then join only through names and figures.</summary>
    public StoryTracker(IStoryStore stories, IArticleStore articles, IArticleAnalysisStore analyses, ArticleAnalyzer analyzer, TimeProvider timeProvider)
        : this(stories, articles, analyses, analyzer, timeProvider, AliasTable.Empty)
    {
    }

    /// <summary>The stored story the article now belongs to, and whether the article started it.</summary>
    public async Task<TrackedStory> AssignAsync(AnalyzedArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var clusterer = _clusterer ??= await WarmAsync(cancellationToken).ConfigureAwait(false);

            // Placed before a crash stopped its planning: the warm clusterer already holds it.
            if (await stories.FindStoryOfAsync(article.Article.Id, cancellationToken).ConfigureAwait(false) is { } placed)
            {
                return new TrackedStory(placed, IsNew: false);
            }

            var placement = clusterer.Add(article.Article, article.Analysis);
            var now = timeProvider.GetUtcNow();
            var storyId = placement.StoredId ?? await stories.CreateAsync(now, cancellationToken).ConfigureAwait(false);
            clusterer.Attach(placement.Id, storyId);
            await stories.AssignAsync(article.Article.Id, storyId, now, cancellationToken).ConfigureAwait(false);
            return new TrackedStory(storyId, placement.StoredId is null);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<StoryClusterer> WarmAsync(CancellationToken cancellationToken)
    {
        var clusterer = new StoryClusterer(aliases);
        var since = timeProvider.GetUtcNow() - StoryClusterer.Window;
        var assignments = await stories.ListAssignmentsSinceAsync(since, cancellationToken).ConfigureAwait(false);

        // The window of thousands of feeds holds hundreds of thousands of articles: read them a batch at a
        // time, two reads a batch rather than two an article, and replay each batch in its stored order.
        foreach (var batch in assignments.Chunk(WarmBatch))
        {
            var ids = batch.Select(a => a.ArticleId).Distinct().ToArray();
            var found = (await articles.GetManyAsync(ids, cancellationToken).ConfigureAwait(false)).ToDictionary(a => a.Id);
            var analyzed = await analyses.GetManyAsync(ids, cancellationToken).ConfigureAwait(false);
            foreach (var assignment in batch)
            {
                if (!found.TryGetValue(assignment.ArticleId, out var article))
                {
                    continue;
                }

                var analysis = analyzed.GetValueOrDefault(article.Id) ?? analyzer.Analyze(article.Title, article.Text);
                clusterer.Restore(article, analysis, assignment.StoryId);
            }
        }

        return clusterer;
    }
}
