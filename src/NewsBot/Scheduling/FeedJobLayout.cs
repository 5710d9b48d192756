using NewsBot.Core.Feeds;
using Quartz;

namespace NewsBot.Scheduling;

/// <summary>
/// Lays the feeds' poll jobs out in the scheduler: one job and one trigger per feed, written in one batch.
/// <para>
/// Not through <c>AddQuartz</c>'s <c>AddJob</c>/<c>AddTrigger</c>: each of those calls is a container registration
/// whose job and trigger the container keeps for the life of the process beside the store's own copies, about
/// 2 KB a feed (docs/PERFORMANCE.md, "Quartz"). Built here, they are garbage once the store has cloned them.
/// </para>
/// <para>
/// A stored feed whose job and trigger are already the ones wanted is left alone, so a start over a persistent
/// store (a node of a cluster) keeps each unchanged feed's next poll and writes only the feeds added or changed;
/// a feed no longer configured keeps its stored job, which finds no feed when it fires.
/// </para>
/// </summary>
internal static class FeedJobLayout
{
    public const string TriggerGroup = "feed-triggers";

    public static TriggerKey TriggerKeyFor(string feedName) => new(feedName, TriggerGroup);

    public static async Task<FeedLayout> LayOutAsync(IScheduler scheduler, IReadOnlyList<FeedDefinition> feeds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(feeds);

        // A few reads for all the feeds together, none per feed: on a database each is one round trip.
        var storedTriggers = (await scheduler.GetTriggers(feeds.Select(f => TriggerKeyFor(f.Name)).ToList(), cancellationToken).ConfigureAwait(false))
            .ToDictionary(t => t.Key);
        var storedJobs = storedTriggers.Count == 0
            ? new Dictionary<JobKey, IJobDetail>()
            : (await scheduler.GetJobDetails(storedTriggers.Values.Select(t => t.JobKey).ToList(), cancellationToken).ConfigureAwait(false)).ToDictionary(j => j.Key);

        var inError = storedTriggers.Count == 0 ? [] : await InErrorAsync(scheduler, cancellationToken).ConfigureAwait(false);

        var changed = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>>();
        foreach (var feed in feeds)
        {
            var jobKey = FeedPollJob.KeyFor(feed.Name);
            var minutes = FeedPollSchedule.Minutes(feed.Interval);
            if (storedTriggers.TryGetValue(TriggerKeyFor(feed.Name), out var trigger)
                && !inError.Contains(trigger.Key)
                && storedJobs.TryGetValue(jobKey, out var job)
                && IsAsWanted(trigger, job, jobKey, minutes))
            {
                continue;
            }

            changed[JobBuilder.Create<FeedPollJob>().WithIdentity(jobKey).Build()] =
            [
                TriggerBuilder.Create()
                    .ForJob(jobKey)
                    .WithIdentity(TriggerKeyFor(feed.Name))
                    .StartAt(FeedPollSchedule.FirstPoll(feed.Name, feed.Interval, now))
                    .WithSchedule(FeedPollSchedule.Every(feed.Interval))
                    .Build(),
            ];
        }

        if (changed.Count > 0)
        {
            await scheduler.ScheduleJobs(changed, ScheduleJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
        }

        return new FeedLayout(changed.Count, feeds.Count - changed.Count);
    }

    // A trigger the scheduler put in error (its job could not be created when it fired) never fires again until it
    // is stored anew; a start rewriting every trigger used to clear that, so one in error is still rewritten.
    private static async Task<HashSet<TriggerKey>> InErrorAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        var keys = new HashSet<TriggerKey>();
        var query = new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals(TriggerGroup), State = TriggerState.Error, Take = 1_000 };
        while (true)
        {
            var page = await scheduler.QueryTriggers(query, cancellationToken).ConfigureAwait(false);
            keys.UnionWith(page.Items.Select(h => h.Key));
            if (!page.HasMore || page.Items.Count == 0)
            {
                return keys;
            }

            query = query with { Skip = query.Skip + page.Items.Count };
        }
    }

    // What FeedPollSchedule.Every builds; a stored trigger of another kind (an older version's simple trigger), interval
    // or misfire instruction is replaced.
    private static bool IsAsWanted(ITrigger trigger, IJobDetail job, JobKey jobKey, int minutes) =>
        trigger is ICalendarIntervalTrigger { RepeatIntervalUnit: IntervalUnit.Minute, MisfireInstruction: CalendarIntervalTriggerMisfireInstruction.FireAndProceed } calendar
        && calendar.RepeatInterval == minutes
        && calendar.TimeZone.Id == TimeZoneInfo.Utc.Id
        && calendar.NextFireTimeUtc is not null
        && trigger.JobKey.Equals(jobKey)
        && job.JobType.Type == typeof(FeedPollJob);
}
