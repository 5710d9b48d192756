using Microsoft.Extensions.Logging;
using NewsBot.Core.Delivery;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>
/// The delivery job of a cluster (PostgreSQL): like <see cref="DeliveryJob"/> but without
/// <see cref="DisallowConcurrentExecutionAttribute"/>, which a clustered store enforces across nodes. Each
/// firing runs on one node; while a node is still draining a backlog the next firing can start on another,
/// and the outbox's <c>FOR UPDATE SKIP LOCKED</c> claims hand them different rows, so nodes share the work.
/// </summary>
internal sealed class SharedDeliveryJob(DeliveryDispatcher dispatcher, RunActivity activity, ILogger<SharedDeliveryJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var report = await dispatcher.DispatchAllDueAsync(cancellationToken).ConfigureAwait(false);
        activity.RecordDispatch(report);
        DeliveryPassLog.Write(logger, report);
    }
}
