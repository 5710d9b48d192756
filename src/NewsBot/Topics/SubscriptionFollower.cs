using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Subscriptions;

namespace NewsBot.Topics;

/// <summary>
/// Keeps this node's topic index in step with subscriptions made on any node: every
/// <see cref="TopicsOptions.FollowSeconds"/> it asks the store whether they changed (one cheap read)
/// and applies the differences. A per-node loop, not a Quartz job: on a cluster a job runs on one node
/// only, and every node has an index of its own.
/// </summary>
internal sealed class SubscriptionFollower(
    ActiveSubscriptions subscriptions,
    IOptions<TopicsOptions> options,
    TimeProvider timeProvider,
    ILogger<SubscriptionFollower> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.FollowSeconds), timeProvider);
        do
        {
            try
            {
                await subscriptions.RefreshAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The database may be briefly away; the next tick tries again, and planning refreshes anyway.
                Log.SubscriptionFollowFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
