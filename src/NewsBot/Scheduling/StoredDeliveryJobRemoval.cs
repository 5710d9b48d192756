using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>
/// Deletes the delivery job that versions before <see cref="NodeDeliveryLoop"/> kept in a cluster's shared
/// schedule, before this node's scheduler starts: its class is gone, and Quartz would put its trigger in error at
/// its first firing. Nodes drain the outbox on their own now, so nothing waits for that job.
/// </summary>
internal sealed class StoredDeliveryJobRemoval(ISchedulerFactory schedulers, ILogger<StoredDeliveryJobRemoval> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        if (await scheduler.DeleteJob(DeliveryJob.Key, cancellationToken).ConfigureAwait(false))
        {
            Log.StoredDeliveryJobRemoved(logger);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
