using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Commands;
using NewsBot.Core.Pipeline;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>
/// Every hour, empties the text of articles read more than <see cref="IngestionOptions.KeepArticleTextDays"/> ago, and
/// never sooner than <c>latest</c> and <c>figures</c> look back
/// (<see cref="CommandOptions.LookbackDays"/>), which read the texts of the stories they search. The texts are most of
/// what the database gains with uptime; the rows, titles and analyses stay. In <see cref="CleanupBatches"/>.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class ArticleTextHistoryJob(
    IArticleTextHistory history,
    IOptions<IngestionOptions> ingestion,
    IOptions<CommandOptions> commands,
    TimeProvider timeProvider,
    ILogger<ArticleTextHistoryJob> logger) : IJob
{
    public static readonly JobKey Key = new("article-text-history", "articles");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (ingestion.Value.KeepArticleTextDays == 0)
        {
            return;
        }

        var days = Math.Max(ingestion.Value.KeepArticleTextDays, commands.Value.LookbackDays);
        var now = timeProvider.GetUtcNow();
        var before = now - TimeSpan.FromDays(days);
        var run = await CleanupBatches.RunAsync((limit, ct) => history.DropOldTextsAsync(before, now, limit, ct), cancellationToken).ConfigureAwait(false);
        if (run.Failure is { } failure)
        {
            Log.ArticleTextHistoryFailed(logger, failure, run.Count);
        }
        else if (run.Count > 0)
        {
            Log.ArticleTextHistoryDropped(logger, run.Count, days);
        }
    }
}
