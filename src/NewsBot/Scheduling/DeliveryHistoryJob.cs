using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Delivery;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>
/// Every hour, deletes the settled deliveries older than <see cref="DeliveryOptions.KeepSettledDays"/> whose stories
/// have gone as long without an article: the outbox otherwise grows with every alert ever sent (about a gigabyte a
/// day at the deployment soak's rate). In batches, each a short write (about 45 ms for 1,000 rows on SQLite, with
/// two million rows in the table), so the delivery job's writes go between them; at most
/// <see cref="MaxBatchesPerRun"/> a run, a million rows, four times the soak's hourly rate; the rest at the next.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class DeliveryHistoryJob(IDeliveryHistory history, IOptions<DeliveryOptions> options, TimeProvider timeProvider, ILogger<DeliveryHistoryJob> logger) : IJob
{
    public static readonly JobKey Key = new("delivery-history", "delivery");

    /// <summary>Rows a batch deletes at most.</summary>
    internal const int BatchSize = 1_000;

    /// <summary>Batches a run takes at most.</summary>
    internal const int MaxBatchesPerRun = 1_000;

    /// <summary>How often the job runs.</summary>
    internal static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var days = options.Value.KeepSettledDays;
        if (days == 0)
        {
            return;
        }

        var before = timeProvider.GetUtcNow() - TimeSpan.FromDays(days);
        var deleted = 0;
        try
        {
            for (var batch = 0; batch < MaxBatchesPerRun; batch++)
            {
                var removed = await history.DeleteSettledAsync(before, BatchSize, cancellationToken).ConfigureAwait(false);
                deleted += removed;
                if (removed < BatchSize)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The rows stay for the next run; nothing else depends on this one.
            Log.DeliveryHistoryFailed(logger, ex, deleted);
            return;
        }

        if (deleted > 0)
        {
            Log.DeliveryHistoryDeleted(logger, deleted, days);
        }
    }
}
