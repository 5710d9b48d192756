using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Feeds;
using NewsBot.Scheduling;
using Quartz;

namespace NewsBot.Tests.Scheduling;

public sealed class FeedJobLayoutTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 1, 0, 7, TimeSpan.Zero);

    private readonly ServiceProvider _quartz;

    public FeedJobLayoutTests()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddQuartz(_ => { });
        _quartz = services.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync() => await _quartz.DisposeAsync();

    private ValueTask<IScheduler> SchedulerAsync() => _quartz.GetRequiredService<ISchedulerFactory>().GetScheduler();

    private static FeedDefinition Feed(string name, int minutes = 10) =>
        new() { Name = name, Url = new Uri($"http://127.0.0.1:9/{name}"), Interval = TimeSpan.FromMinutes(minutes) };

    [Fact]
    public async Task LayOut_FreshStore_OneJobWithoutDataAndOneRunLateOnceTriggerPerFeed()
    {
        var scheduler = await SchedulerAsync();

        var layout = await FeedJobLayout.LayOutAsync(scheduler, [Feed("lemonde"), Feed("bbc", 30)], Start, CancellationToken.None);

        Assert.Equal(new FeedLayout(Written: 2, Kept: 0), layout);
        var job = await scheduler.GetJobDetail(FeedPollJob.KeyFor("bbc"));
        Assert.NotNull(job);
        Assert.Equal(typeof(FeedPollJob), job.JobType.Type);
        Assert.Empty(job.JobDataMap);
        var trigger = Assert.IsAssignableFrom<ICalendarIntervalTrigger>(Assert.Single(await scheduler.GetTriggersOfJob(job.Key)));
        Assert.Equal((30, IntervalUnit.Minute), (trigger.RepeatInterval, trigger.RepeatIntervalUnit));
        Assert.Equal(CalendarIntervalTriggerMisfireInstruction.FireAndProceed, trigger.MisfireInstruction);
        Assert.Equal(FeedPollSchedule.FirstPoll("bbc", TimeSpan.FromMinutes(30), Start), trigger.StartTimeUtc);
        Assert.Equal(FeedJobLayout.TriggerKeyFor("bbc"), trigger.Key);
    }

    [Fact]
    public async Task LayOut_AgainWithOneFeedChanged_RewritesThatFeedOnly_TheOthersKeepTheirNextFireTimes()
    {
        var scheduler = await SchedulerAsync();
        var feeds = Enumerable.Range(1, 5).Select(i => Feed($"farm-{i}")).ToList();
        await FeedJobLayout.LayOutAsync(scheduler, feeds, Start, CancellationToken.None);
        var before = await NextFireTimesAsync(scheduler, feeds);

        // As a node starting again over the stored schedule, 7 minutes later, with farm-3 now every 30 minutes.
        feeds[2] = Feed("farm-3", 30);
        var layout = await FeedJobLayout.LayOutAsync(scheduler, feeds, Start.AddMinutes(7), CancellationToken.None);

        var after = await NextFireTimesAsync(scheduler, feeds);
        Assert.Equal(new FeedLayout(Written: 1, Kept: 4), layout);
        Assert.All(feeds.Where(f => f.Name != "farm-3"), f => Assert.Equal(before[f.Name], after[f.Name]));
        var changed = Assert.IsAssignableFrom<ICalendarIntervalTrigger>(await scheduler.GetTrigger(FeedJobLayout.TriggerKeyFor("farm-3")));
        Assert.Equal(30, changed.RepeatInterval);
        Assert.Equal(FeedPollSchedule.FirstPoll("farm-3", TimeSpan.FromMinutes(30), Start.AddMinutes(7)), after["farm-3"]);
    }

    [Fact]
    public async Task LayOut_FeedAdded_WritesTheNewFeedOnly()
    {
        var scheduler = await SchedulerAsync();
        await FeedJobLayout.LayOutAsync(scheduler, [Feed("lemonde")], Start, CancellationToken.None);

        var layout = await FeedJobLayout.LayOutAsync(scheduler, [Feed("lemonde"), Feed("bbc")], Start.AddMinutes(3), CancellationToken.None);

        Assert.Equal(new FeedLayout(Written: 1, Kept: 1), layout);
        Assert.NotNull(await scheduler.GetTrigger(FeedJobLayout.TriggerKeyFor("bbc")));
    }

    [Fact]
    public async Task LayOut_FeedRemoved_KeepsItsStoredJob()
    {
        var scheduler = await SchedulerAsync();
        await FeedJobLayout.LayOutAsync(scheduler, [Feed("lemonde"), Feed("bbc")], Start, CancellationToken.None);

        var layout = await FeedJobLayout.LayOutAsync(scheduler, [Feed("lemonde")], Start.AddMinutes(3), CancellationToken.None);

        // A start replaces what it declares and deletes nothing: on a cluster, a node still on the old settings
        // would otherwise delete what another node added. The job finds no feed when it fires, and says so.
        Assert.Equal(new FeedLayout(Written: 0, Kept: 1), layout);
        Assert.NotNull(await scheduler.GetJobDetail(FeedPollJob.KeyFor("bbc")));
    }

    [Fact]
    public async Task LayOut_OverAStoredSimpleTrigger_StoresTheRunLateOnceScheduleInItsPlace()
    {
        // As an upgrade meets it: an earlier version stored each feed's trigger as a simple trigger.
        var scheduler = await SchedulerAsync();
        var key = FeedJobLayout.TriggerKeyFor("lemonde");
        await scheduler.ScheduleJob(
            JobBuilder.Create<FeedPollJob>().WithIdentity(FeedPollJob.KeyFor("lemonde")).UsingJobData("feed", "lemonde").Build(),
            TriggerBuilder.Create().WithIdentity(key).StartAt(Start).WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(10)).RepeatForever()).Build(),
            ScheduleJobOptions.Replacing);

        var layout = await FeedJobLayout.LayOutAsync(scheduler, [Feed("lemonde")], Start, CancellationToken.None);

        Assert.Equal(new FeedLayout(Written: 1, Kept: 0), layout);
        var trigger = Assert.IsAssignableFrom<ICalendarIntervalTrigger>(await scheduler.GetTrigger(key));
        Assert.Equal(CalendarIntervalTriggerMisfireInstruction.FireAndProceed, trigger.MisfireInstruction);
    }

    [Fact]
    public async Task LayOut_OverAStoredTriggerInError_StoresItAgain()
    {
        // This container cannot create a FeedPollJob (no feed catalog, no pipeline): its first firing puts the
        // trigger in error, as a job that cannot be created does in a real store.
        var scheduler = await SchedulerAsync();
        await FeedJobLayout.LayOutAsync(scheduler, [Feed("lemonde")], DateTimeOffset.UtcNow.AddMinutes(-10), CancellationToken.None);
        var key = FeedJobLayout.TriggerKeyFor("lemonde");
        await scheduler.Start();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await scheduler.GetTriggerState(key) != TriggerState.Error)
        {
            Assert.True(DateTime.UtcNow < deadline, "the trigger never went into error");
            await Task.Delay(50);
        }

        await scheduler.Standby();

        var layout = await FeedJobLayout.LayOutAsync(scheduler, [Feed("lemonde")], DateTimeOffset.UtcNow, CancellationToken.None);

        Assert.Equal(new FeedLayout(Written: 1, Kept: 0), layout);
        Assert.Equal(TriggerState.Normal, await scheduler.GetTriggerState(key));
    }

    private static async Task<Dictionary<string, DateTimeOffset?>> NextFireTimesAsync(IScheduler scheduler, IEnumerable<FeedDefinition> feeds)
    {
        var times = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal);
        foreach (var feed in feeds)
        {
            times[feed.Name] = (await scheduler.GetTrigger(FeedJobLayout.TriggerKeyFor(feed.Name)))?.NextFireTimeUtc;
        }

        return times;
    }
}
