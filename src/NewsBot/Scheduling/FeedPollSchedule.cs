using Quartz;

namespace NewsBot.Scheduling;

/// <summary>
/// When a feed is polled: first at its place in the interval (<see cref="FeedJitter"/>), then every interval
/// in that phase. A firing the scheduler could not start on time (every thread busy, the node down) runs
/// late, once, and the feed keeps its phase afterwards; it is not skipped to the next cycle, where the same
/// crowd would skip it again.
/// </summary>
internal static class FeedPollSchedule
{
    public static DateTimeOffset FirstPoll(string feedName, TimeSpan interval, DateTimeOffset now) =>
        now + FeedJitter.FirstDelay(feedName, interval);

    // A calendar-interval trigger computes each next firing from its start time, so "fire once now and
    // proceed" keeps the feed's phase; a simple trigger's fire-now instruction would move its start to the
    // late firing, and its default for repeating triggers skips to the next cycle. UTC so that a daylight
    // saving change does not shift a feed's polls by an hour.
    public static CalendarIntervalScheduleBuilder Every(TimeSpan interval) =>
        CalendarIntervalScheduleBuilder.Create()
            .WithInterval(Minutes(interval), IntervalUnit.Minute)
            .InTimeZone(TimeZoneInfo.Utc)
            .WithMisfireInstruction(CalendarIntervalTriggerMisfireInstruction.FireAndProceed);

    /// <summary>The trigger's interval: whole minutes, the unit feeds are configured in.</summary>
    public static int Minutes(TimeSpan interval) => (int)Math.Round(interval.TotalMinutes);
}
