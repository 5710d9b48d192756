using NewsBot.Core.Alerts;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Feeds;
using NewsBot.Core.Stories;

namespace NewsBot.Core.Pipeline;

/// <summary>
/// The scheduled work for one feed: poll it, analyze what is new, put each new article in its story,
/// then queue an alert (or a story update) for every subscribed channel that a new article matches,
/// and mark the articles planned. Articles a crash left stored but unplanned are planned by the next
/// run, whichever feed it is for: every step is idempotent, so none is lost and none is queued twice.
/// Sending is the delivery job's.
/// </summary>
public sealed class IngestionPipeline(
    FeedPoller poller,
    IArticleStore articles,
    ArticleAnalyzer analyzer,
    IArticleAnalysisStore analyses,
    StoryTracker stories,
    AlertPlanner planner,
    TimeProvider timeProvider)
{
    private const int MaxPlannedPerRun = 500;

    public async Task<IngestionReport> RunAsync(FeedDefinition feed, bool force, CancellationToken cancellationToken)
    {
        var poll = await poller.PollAsync(feed, force, cancellationToken).ConfigureAwait(false);
        var unplanned = await articles.ListUnplannedAsync(Math.Max(MaxPlannedPerRun, poll.NewArticles.Count), cancellationToken).ConfigureAwait(false);
        var placed = new List<StoryArticle>(unplanned.Count);
        foreach (var article in unplanned)
        {
            var analysis = await analyses.GetAsync(article.Id, cancellationToken).ConfigureAwait(false);
            if (analysis is null)
            {
                analysis = analyzer.Analyze(article.Title, article.Text);
                await analyses.SaveAsync(article.Id, analysis, cancellationToken).ConfigureAwait(false);
            }

            var analyzed = new AnalyzedArticle(article, analysis);
            var story = await stories.AssignAsync(analyzed, cancellationToken).ConfigureAwait(false);
            placed.Add(new StoryArticle(analyzed, story.StoryId));
        }

        var queued = await planner.PlanAsync(placed, cancellationToken).ConfigureAwait(false);
        await articles.MarkPlannedAsync(unplanned.Select(a => a.Id).ToList(), timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return new IngestionReport(poll, queued);
    }
}
