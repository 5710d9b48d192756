using Microsoft.Extensions.Logging;
using NewsBot.Core.Digests;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>
/// Keeps one trigger per digest subscription, at its next digest time as <see cref="DigestSchedule"/>
/// computes it (the subscriber's wall-clock time, kept across daylight saving changes). Runs every minute,
/// so a new, changed or removed digest subscription is followed within a minute, and each fired
/// one-shot trigger is replaced by the next day's.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class DigestTriggerSyncJob(DigestSubscriptions subscriptions, TimeProvider timeProvider, ILogger<DigestTriggerSyncJob> logger) : IJob
{
    public const string Group = "digest-triggers";

    public static readonly JobKey Key = new("digest-sync", "digests");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scheduler = context.Scheduler;
        var now = timeProvider.GetUtcNow();
        var wanted = (await subscriptions.ListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(s => TriggerKeyFor(s.Id), s => (s.Id, Next: DigestSchedule.NextAfter(now, s.DigestAt!.Value, DigestZone.Of(s))));

        // The scheduler's own list, not this process's memory: on a cluster another node may have
        // scheduled a trigger whose subscription is gone now.
        var stored = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(Group), cancellationToken).ConfigureAwait(false);
        foreach (var key in stored.Where(k => !wanted.ContainsKey(k)).ToList())
        {
            await scheduler.UnscheduleJob(key, cancellationToken).ConfigureAwait(false);
        }

        foreach (var (key, (id, next)) in wanted)
        {
            var existing = await scheduler.GetTrigger(key, cancellationToken).ConfigureAwait(false);
            if (existing?.NextFireTimeUtc == next)
            {
                continue;
            }

            var trigger = TriggerBuilder.Create()
                .WithIdentity(key)
                .ForJob(DigestJob.Key)
                .UsingJobData(DigestJob.SubscriptionKey, id)
                .StartAt(next)
                .Build();
            if (existing is null)
            {
                await scheduler.ScheduleJob(trigger, default, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await scheduler.RescheduleJob(key, trigger, cancellationToken).ConfigureAwait(false);
            }

            Log.DigestScheduled(logger, id, next);
        }
    }

    public static TriggerKey TriggerKeyFor(long subscriptionId) => new($"digest-{subscriptionId}", Group);
}
