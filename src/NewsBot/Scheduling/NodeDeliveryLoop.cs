using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Delivery;

namespace NewsBot.Scheduling;

/// <summary>
/// The delivery of a node of a cluster (PostgreSQL): every node drains the outbox itself, every
/// <see cref="DeliveryOptions.IntervalSeconds"/>, and <c>FOR UPDATE SKIP LOCKED</c> claims give each node
/// different rows. Not a Quartz job: a clustered trigger fires on one node at a time, and the node that fired it
/// takes the next firing too, since it asks for it at once while the others ask every half-minute or so
/// (Quartz's idle wait). Two of three nodes sent nothing through a whole backlog, so the nodes did not
/// multiply what the bot could send.
/// </summary>
internal sealed class NodeDeliveryLoop(
    DeliveryDispatcher dispatcher,
    RunActivity activity,
    IOptions<DeliveryOptions> options,
    TimeProvider timeProvider,
    ILogger<NodeDeliveryLoop> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.IntervalSeconds), timeProvider);
        do
        {
            try
            {
                var report = await dispatcher.DispatchAllDueAsync(stoppingToken).ConfigureAwait(false);
                activity.RecordDispatch(report);
                DeliveryPassLog.Write(logger, report);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The database may be briefly away: what is due stays due, and the next tick drains it.
                Log.DeliveryPassFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
