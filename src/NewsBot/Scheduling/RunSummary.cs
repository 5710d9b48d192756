using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Stories;

namespace NewsBot.Scheduling;

/// <summary>
/// <c>run</c>: one log line every <see cref="Interval"/> saying what this node did meanwhile, so that a quiet
/// bot can be told from a stuck one without raising the log level.
/// </summary>
internal sealed class RunSummary(RunActivity activity, IStoryStore stories, TimeProvider timeProvider, ILogger<RunSummary> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var since = timeProvider.GetUtcNow();
        using var timer = new PeriodicTimer(Interval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                var now = timeProvider.GetUtcNow();
                await WriteAsync(since, now, stoppingToken).ConfigureAwait(false);
                since = now;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task WriteAsync(DateTimeOffset since, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var counts = activity.Take();
        int storiesUpdated;
        try
        {
            var assignments = await stories.ListAssignmentsSinceAsync(since, cancellationToken).ConfigureAwait(false);
            storiesUpdated = assignments.Select(a => a.StoryId).Distinct().Count();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The counts are still worth a line; the database error gets its own.
            Log.RunSummaryStoriesFailed(logger, exception);
            storiesUpdated = -1;
        }

        Log.RunSummary(
            logger,
            (int)Math.Round((now - since).TotalMinutes),
            counts.Feeds,
            counts.Polls,
            counts.FailedPolls,
            counts.NewArticles,
            storiesUpdated < 0 ? "?" : storiesUpdated.ToString(System.Globalization.CultureInfo.InvariantCulture),
            counts.AlertsQueued,
            counts.AlertsSent,
            counts.AlertsRetrying,
            counts.AlertsDead);
    }
}
