using Microsoft.Extensions.Logging;
using NewsBot.Core.Delivery;

namespace NewsBot.Scheduling;

/// <summary><c>run</c>: one Information line per outbox pass that claimed anything, every outcome counted.</summary>
internal static class DeliveryPassLog
{
    public static void Write(ILogger logger, DispatchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Claimed > 0)
        {
            Log.DeliveryPass(logger, report.Sent, report.Retrying, report.Dead, report.Merged, report.Skipped);
        }
    }
}
