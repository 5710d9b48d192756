using System.Collections.Concurrent;
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
/// <remarks>
/// Each article is its own unit of failure: one that throws in analysis, story assignment or planning is
/// recorded failed by <see cref="ArticleFailureRecorder"/> (tried again later, then left aside) and every
/// other article of the run is still planned. Only a cancellation, or a failure to record a failure (the
/// database is gone), stops the run.
/// </remarks>
public sealed class IngestionPipeline(
    FeedPoller poller,
    IArticleStore articles,
    IArticleAnalyzer analyzer,
    IArticleAnalysisStore analyses,
    StoryTracker stories,
    AlertPlanner planner,
    ArticleFailureRecorder failures,
    TimeProvider timeProvider)
{
    private const int MaxPlannedPerRun = 500;

    // Articles a run of this process is placing now. Runs of several feeds overlap, and each lists the
    // others' stored-but-unplanned articles as leftovers: without this, two runs analyze and place the
    // same article (harmless, every step is idempotent, but the work is done twice, the story step
    // twice under its lock).
    private readonly ConcurrentDictionary<long, byte> _inHand = new();

    public async Task<IngestionReport> RunAsync(FeedDefinition feed, bool force, CancellationToken cancellationToken)
    {
        var poll = await poller.PollAsync(feed, force, cancellationToken).ConfigureAwait(false);
        var unplanned = (await UnplannedAsync(poll, cancellationToken).ConfigureAwait(false)).Where(a => _inHand.TryAdd(a.Id, 0)).ToList();
        try
        {
            return await PlaceAndPlanAsync(poll, unplanned, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var article in unplanned)
            {
                _inHand.TryRemove(article.Id, out _);
            }
        }
    }

    private async Task<IngestionReport> PlaceAndPlanAsync(FeedPollResult poll, List<Article> unplanned, CancellationToken cancellationToken)
    {
        var failed = new List<ArticleFailure>();
        var placed = new List<StoryArticle>(unplanned.Count);
        foreach (var article in unplanned)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await TryPlaceAsync(article, failed, cancellationToken).ConfigureAwait(false) is { } one)
            {
                placed.Add(one);
            }
        }

        var planned = new List<long>(placed.Count);
        var queued = await PlanAsync(placed, planned, failed, cancellationToken).ConfigureAwait(false);
        await articles.MarkPlannedAsync(planned, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return new IngestionReport(poll, queued) { Failed = failed };
    }

    /// <summary>
    /// This poll's new articles first, then up to <see cref="MaxPlannedPerRun"/> older unplanned ones (a
    /// crash's leftovers, another feed's backlog, failures due for a retry), oldest first: a feed's fresh
    /// article is planned in its own run however many another feed left waiting.
    /// </summary>
    private async Task<List<Article>> UnplannedAsync(FeedPollResult poll, CancellationToken cancellationToken)
    {
        var older = await articles.ListUnplannedAsync(MaxPlannedPerRun, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var fresh = poll.NewArticles.Select(a => a.Id).ToHashSet();
        return [.. poll.NewArticles, .. older.Where(a => !fresh.Contains(a.Id))];
    }

    private async Task<StoryArticle?> TryPlaceAsync(Article article, List<ArticleFailure> failed, CancellationToken cancellationToken)
    {
        var step = ArticleStep.Analysis;
        try
        {
            var analysis = await analyses.GetAsync(article.Id, cancellationToken).ConfigureAwait(false);
            if (analysis is null)
            {
                analysis = analyzer.Analyze(article.Title, article.Text);
                await analyses.SaveAsync(article.Id, analysis, cancellationToken).ConfigureAwait(false);
            }

            step = ArticleStep.Story;
            var analyzed = new AnalyzedArticle(article, analysis);
            var story = await stories.AssignAsync(analyzed, cancellationToken).ConfigureAwait(false);
            return new StoryArticle(analyzed, story.StoryId);
        }
        catch (Exception ex) when (IsTheArticles(ex, cancellationToken))
        {
            failed.Add(await failures.RecordAsync(article, step, ex, cancellationToken).ConfigureAwait(false));
            return null;
        }
    }

    // The planner queues a batch in one write, so a batch that throws queued nothing. Halving it until the
    // failing article is alone costs a few extra passes for one bad article among many, and none without.
    private async Task<int> PlanAsync(List<StoryArticle> batch, List<long> planned, List<ArticleFailure> failed, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        try
        {
            var queued = await planner.PlanAsync(batch, cancellationToken).ConfigureAwait(false);
            planned.AddRange(batch.Select(a => a.Article.Article.Id));
            return queued;
        }
        catch (Exception ex) when (IsTheArticles(ex, cancellationToken))
        {
            if (batch.Count == 1)
            {
                failed.Add(await failures.RecordAsync(batch[0].Article.Article, ArticleStep.Planning, ex, cancellationToken).ConfigureAwait(false));
                return 0;
            }

            var half = batch.Count / 2;
            var first = await PlanAsync(batch.Take(half).ToList(), planned, failed, cancellationToken).ConfigureAwait(false);
            return first + await PlanAsync(batch.Skip(half).ToList(), planned, failed, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsTheArticles(Exception exception, CancellationToken cancellationToken) =>
        exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested;
}
