using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Configuration;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>
/// Lays the configured feeds' poll jobs out at start, before Quartz's hosted service starts the scheduler
/// (it is registered ahead of it, and hosted services start in order).
/// </summary>
internal sealed class FeedScheduleStartup(ISchedulerFactory schedulers, FeedCatalog catalog, TimeProvider timeProvider, ILogger<FeedScheduleStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var layout = await FeedJobLayout.LayOutAsync(scheduler, catalog.Feeds, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        Log.FeedsLaidOut(logger, layout.Written, layout.Kept);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
