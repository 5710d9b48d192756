using NewsBot.Core.Alerts;
using NewsBot.Core.Analysis;
using NewsBot.Core.Feeds;
using NewsBot.Core.Stories;

namespace NewsBot.Core.Pipeline;

/// <summary>
/// The scheduled work for one feed: poll it, analyze what is new, put each new article in its story,
/// then queue an alert (or a story update) for every subscribed channel that a new article matches.
/// Sending is the delivery job's.
/// </summary>
public sealed class IngestionPipeline(
    FeedPoller poller, ArticleAnalyzer analyzer, IArticleAnalysisStore analyses, StoryTracker stories, AlertPlanner planner)
{
    public async Task<IngestionReport> RunAsync(FeedDefinition feed, bool force, CancellationToken cancellationToken)
    {
        var poll = await poller.PollAsync(feed, force, cancellationToken).ConfigureAwait(false);
        var placed = new List<StoryArticle>(poll.NewArticles.Count);
        foreach (var article in poll.NewArticles)
        {
            var analyzed = new AnalyzedArticle(article, analyzer.Analyze(article.Title, article.Text));
            await analyses.SaveAsync(article.Id, analyzed.Analysis, cancellationToken).ConfigureAwait(false);
            var story = await stories.AssignAsync(analyzed, cancellationToken).ConfigureAwait(false);
            placed.Add(new StoryArticle(analyzed, story.StoryId));
        }

        var queued = await planner.PlanAsync(placed, cancellationToken).ConfigureAwait(false);
        return new IngestionReport(poll, queued);
    }
}
