using Microsoft.Extensions.Logging;
using NewsBot.Core.Digests;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>Posts one digest subscription's message; fired by that subscription's own trigger.</summary>
[DisallowConcurrentExecution]
internal sealed class DigestJob(DigestService digests, ILogger<DigestJob> logger) : IJob
{
    public const string SubscriptionKey = "subscription";

    public static readonly JobKey Key = new("digest", "digests");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var subscriptionId = context.MergedJobDataMap.GetLong(SubscriptionKey);
        var outcome = await digests.RunAsync(subscriptionId, cancellationToken).ConfigureAwait(false);
        Log.DigestRan(logger, subscriptionId, outcome.ToString());
    }
}
