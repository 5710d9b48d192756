using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Delivery;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>
/// Every hour, deletes the settled deliveries older than <see cref="DeliveryOptions.KeepSettledDays"/> whose stories
/// have gone as long without an article: the outbox otherwise grows with every alert ever sent (about a gigabyte a
/// day at the deployment soak's rate). In <see cref="CleanupBatches"/>.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class DeliveryHistoryJob(IDeliveryHistory history, IOptions<DeliveryOptions> options, TimeProvider timeProvider, ILogger<DeliveryHistoryJob> logger) : IJob
{
    public static readonly JobKey Key = new("delivery-history", "delivery");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var days = options.Value.KeepSettledDays;
        if (days == 0)
        {
            return;
        }

        var before = timeProvider.GetUtcNow() - TimeSpan.FromDays(days);
        var run = await CleanupBatches.RunAsync((limit, ct) => history.DeleteSettledAsync(before, limit, ct), cancellationToken).ConfigureAwait(false);
        if (run.Failure is { } failure)
        {
            Log.DeliveryHistoryFailed(logger, failure, run.Count);
        }
        else if (run.Count > 0)
        {
            Log.DeliveryHistoryDeleted(logger, run.Count, days);
        }
    }
}
