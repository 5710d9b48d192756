using NewsBot.Scheduling;
using NewsBot.Testing.Time;
using Quartz;
using Quartz.Extensibility;

namespace NewsBot.Tests.Scheduling;

public sealed class FeedPollScheduleTests
{
    private static readonly TimeSpan TenMinutes = TimeSpan.FromMinutes(10);
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 1, 0, 7, TimeSpan.Zero);

    private static IOperableTrigger Trigger(TimeProvider clock)
    {
        var trigger = (IOperableTrigger)TriggerBuilder.Create(clock)
            .WithIdentity("farm-1", "feed-triggers")
            .StartAt(Start)
            .WithSchedule(FeedPollSchedule.Every(TenMinutes))
            .Build();
        trigger.ComputeFirstFireTimeUtc(null);
        return trigger;
    }

    [Fact]
    public void Trigger_OnTime_FiresEveryIntervalFromItsFirstPoll()
    {
        var trigger = Trigger(new FakeTimeProvider(Start));

        var firings = new List<DateTimeOffset?>();
        for (var i = 0; i < 3; i++)
        {
            firings.Add(trigger.NextFireTimeUtc);
            trigger.Triggered(null);
        }

        Assert.Equal([Start, Start + TenMinutes, Start + (2 * TenMinutes)], firings);
    }

    [Fact]
    public void Trigger_MissedFiringsOfTwoAndAHalfCycles_FiresOnceNowThenBackInItsPhase()
    {
        var clock = new FakeTimeProvider(Start);
        var trigger = Trigger(clock);
        clock.Advance(TimeSpan.FromMinutes(25));

        trigger.UpdateAfterMisfire(null);
        var late = trigger.NextFireTimeUtc;
        trigger.Triggered(null);
        var next = trigger.NextFireTimeUtc;

        // Not skipped to the next cycle (where a crowd of firings would skip it again), not fired three times
        // to catch up: once, now, then at 01:30:07 as if nothing had happened.
        Assert.Equal(clock.GetUtcNow(), late);
        Assert.Equal(Start + (3 * TenMinutes), next);
    }

    [Fact]
    public void FirstPoll_SameFeedAfterARestart_SamePlaceInTheInterval()
    {
        var now = Start;

        var first = FeedPollSchedule.FirstPoll("farm-17", TenMinutes, now);
        var afterRestart = FeedPollSchedule.FirstPoll("farm-17", TenMinutes, now + TimeSpan.FromHours(3));

        Assert.InRange(first - now, TimeSpan.Zero, TenMinutes);
        Assert.Equal(first - now, afterRestart - (now + TimeSpan.FromHours(3)));
    }
}
