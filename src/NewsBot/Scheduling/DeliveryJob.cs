using Microsoft.Extensions.Logging;
using NewsBot.Core.Delivery;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>
/// Drains the outbox on a fixed interval, on a single node (SQLite). A cluster's nodes each run
/// <see cref="NodeDeliveryLoop"/> instead.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class DeliveryJob(DeliveryDispatcher dispatcher, RunActivity activity, ILogger<DeliveryJob> logger) : IJob
{
    public static readonly JobKey Key = new("deliver", "delivery");

    public static readonly TriggerKey TriggerKey = new("deliver", "delivery-triggers");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var report = await dispatcher.DispatchAllDueAsync(cancellationToken).ConfigureAwait(false);
        activity.RecordDispatch(report);
        DeliveryPassLog.Write(logger, report);
    }
}
