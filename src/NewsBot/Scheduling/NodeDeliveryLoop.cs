using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Delivery;
using NewsBot.Hosting;

namespace NewsBot.Scheduling;

/// <summary>
/// The delivery of a node of a cluster (PostgreSQL): every node drains the outbox itself, every
/// <see cref="DeliveryOptions.IntervalSeconds"/>, and <c>FOR UPDATE SKIP LOCKED</c> claims give each node
/// different rows. Not a Quartz job: a clustered trigger fires on one node at a time, and the node that fired it
/// takes the next firing too, since it asks for it at once while the others ask every half-minute or so
/// (Quartz's idle wait). Two of three nodes sent nothing through a whole backlog, so the nodes did not
/// multiply what the bot could send. A pass that fails (the database briefly away) leaves what is due due.
/// </summary>
internal sealed class NodeDeliveryLoop(
    DeliveryDispatcher dispatcher,
    RunActivity activity,
    IOptions<DeliveryOptions> options,
    TimeProvider timeProvider,
    ILogger<NodeDeliveryLoop> logger) : NodeLoop(timeProvider)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.IntervalSeconds);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var report = await dispatcher.DispatchAllDueAsync(cancellationToken).ConfigureAwait(false);
        activity.RecordDispatch(report);
        DeliveryPassLog.Write(logger, report);
    }

    protected override void LogFailure(Exception exception) => Log.DeliveryPassFailed(logger, exception);
}
