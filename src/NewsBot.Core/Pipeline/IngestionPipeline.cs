using NewsBot.Core.Alerts;
using NewsBot.Core.Analysis;
using NewsBot.Core.Feeds;

namespace NewsBot.Core.Pipeline;

/// <summary>
/// The scheduled work for one feed: poll it, analyze what is new, then queue an alert for every
/// subscribed channel that a new article matches. Sending is the delivery job's.
/// </summary>
public sealed class IngestionPipeline(FeedPoller poller, ArticleAnalyzer analyzer, IArticleAnalysisStore analyses, AlertPlanner planner)
{
    public async Task<IngestionReport> RunAsync(FeedDefinition feed, bool force, CancellationToken cancellationToken)
    {
        var poll = await poller.PollAsync(feed, force, cancellationToken).ConfigureAwait(false);
        var analyzed = new List<AnalyzedArticle>(poll.NewArticles.Count);
        foreach (var article in poll.NewArticles)
        {
            var analysis = analyzer.Analyze(article.Title, article.Text);
            await analyses.SaveAsync(article.Id, analysis, cancellationToken).ConfigureAwait(false);
            analyzed.Add(new AnalyzedArticle(article, analysis));
        }

        var queued = await planner.PlanAsync(analyzed, cancellationToken).ConfigureAwait(false);
        return new IngestionReport(poll, queued);
    }
}
