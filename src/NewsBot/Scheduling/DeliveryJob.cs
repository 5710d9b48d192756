using Microsoft.Extensions.Logging;
using NewsBot.Core.Delivery;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>Drains the outbox on a fixed interval.</summary>
[DisallowConcurrentExecution]
internal sealed class DeliveryJob(DeliveryDispatcher dispatcher, RunActivity activity, ILogger<DeliveryJob> logger) : IJob
{
    public static readonly JobKey Key = new("deliver", "delivery");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var report = await dispatcher.DispatchAllDueAsync(cancellationToken).ConfigureAwait(false);
        activity.RecordDispatch(report);
        DeliveryPassLog.Write(logger, report);
    }
}
