using Microsoft.Extensions.DependencyInjection;
using NewsBot.Scheduling;
using NewsBot.Testing.Postgres;
using Quartz;

namespace NewsBot.Tests.Scaling;

public sealed class ClusterSchedulingTests
{
    [PostgresFact]
    public async Task ThreeNodes_ShareOneSetOfJobs_AndPollEachFeedOncePerFiring()
    {
        await using var cluster = await TestCluster.CreateAsync(feeds: 6);
        var nodes = new[] { await cluster.StartNodeAsync("node-a"), await cluster.StartNodeAsync("node-b"), await cluster.StartNodeAsync("node-c") };
        var scheduler = await nodes[0].Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.Equal("node-a", scheduler.SchedulerInstanceId);

        // Minutes are the shortest interval a feed can be configured with; the test speeds the stored
        // triggers up to two seconds, as any node's scheduler would see them.
        var start = DateTimeOffset.UtcNow.AddSeconds(1);
        for (var i = 1; i <= 6; i++)
        {
            var key = new TriggerKey($"feed-{i}", "feed-triggers");
            var trigger = TriggerBuilder.Create()
                .WithIdentity(key)
                .ForJob(FeedPollJob.KeyFor($"feed-{i}"))
                .StartAt(start)
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(2)).RepeatForever())
                .Build();
            await scheduler.RescheduleJob(key, trigger);
        }

        await Task.Delay(TimeSpan.FromSeconds(11));
        foreach (var node in nodes)
        {
            await node.StopAsync();
        }

        // One job per feed in the shared store, however many nodes laid them out.
        Assert.Equal(6L, await cluster.Database.ScalarAsync<long>("SELECT count(*) FROM qrtz_job_details WHERE job_group = 'feeds';"));
        var fired = await FiringsByFeedAsync(cluster.Database);
        for (var i = 1; i <= 6; i++)
        {
            var name = $"feed-{i}";
            Assert.InRange(fired[name], 4, 7);
            Assert.Equal(fired[name], cluster.Feeds.PollsByFeed.GetValueOrDefault(name));
        }
    }

    [PostgresFact]
    public async Task NodeDyingMidPoll_ItsFeedIsPolledByAnotherNodeAfterTheCheckinInterval()
    {
        await using var cluster = await TestCluster.CreateAsync(feeds: 1);
        var a = await cluster.StartNodeAsync("node-a");
        cluster.Feeds.Hang("node-a");
        await FastTriggerAsync(a, "feed-1");
        await WaitUntilAsync(() => cluster.Feeds.HungByNode.ContainsKey("node-a"), "node-a never started polling");

        // The feed's job does not run twice at once anywhere in the cluster: while node-a's poll "runs",
        // the feed waits, until the others see node-a stop checking in and recover its firing.
        var b = await cluster.StartNodeAsync("node-b");
        await FastTriggerAsync(b, "feed-1"); // b's start laid the configured schedule out again
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(0, cluster.Feeds.PollsByNode.GetValueOrDefault("node-b"));

        await cluster.KillAsync(a, "node-a");
        await WaitUntilAsync(() => cluster.Feeds.PollsByNode.GetValueOrDefault("node-b") > 0, "node-b never polled the dead node's feed");
    }

    [PostgresFact]
    public async Task Node_StartingOverAStoreLaidOutWithSimpleTriggers_StoresTheRunLateOnceScheduleInTheirPlace()
    {
        // As an upgrade meets it: the previous version stored each feed's trigger as a simple trigger.
        await using var cluster = await TestCluster.CreateAsync(feeds: 1);
        var old = await cluster.StartNodeAsync("node-old");
        var key = new TriggerKey("feed-1", "feed-triggers");
        await (await old.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).RescheduleJob(key, TriggerBuilder.Create()
            .WithIdentity(key)
            .ForJob(FeedPollJob.KeyFor("feed-1"))
            .StartAt(DateTimeOffset.UtcNow.AddHours(1))
            .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(60)).RepeatForever())
            .Build());
        await old.StopAsync();

        var node = await cluster.StartNodeAsync("node-a");
        var scheduler = await node.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var trigger = await scheduler.GetTrigger(key);
        await node.StopAsync();

        var stored = Assert.IsAssignableFrom<ICalendarIntervalTrigger>(trigger);
        Assert.Equal((60, IntervalUnit.Minute), (stored.RepeatInterval, stored.RepeatIntervalUnit));
        Assert.Equal(CalendarIntervalTriggerMisfireInstruction.FireAndProceed, stored.MisfireInstruction);
        Assert.Equal(TimeZoneInfo.Utc.Id, stored.TimeZone.Id);
    }

    [PostgresFact]
    public async Task NodeStartingWithOneFeedChanged_RewritesThatFeedOnly_TheOthersKeepTheirStoredNextPolls()
    {
        await using var cluster = await TestCluster.CreateAsync(feeds: 3);
        var a = await cluster.StartNodeAsync("node-a");
        var before = await NextPollsAsync(a, 3);
        await a.StopAsync();

        // The same cluster restarted with feed-2 now every 30 minutes instead of 60.
        var b = await cluster.StartNodeAsync("node-b", new Dictionary<string, string?> { ["Feeds:1:IntervalMinutes"] = "30" });
        var after = await NextPollsAsync(b, 3);
        var changed = await (await b.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).GetTrigger(new TriggerKey("feed-2", "feed-triggers"));
        await b.StopAsync();

        Assert.Equal(before["feed-1"], after["feed-1"]);
        Assert.Equal(before["feed-3"], after["feed-3"]);
        Assert.Equal(30, Assert.IsAssignableFrom<ICalendarIntervalTrigger>(changed).RepeatInterval);
    }

    private static async Task<Dictionary<string, DateTimeOffset?>> NextPollsAsync(Microsoft.Extensions.Hosting.IHost node, int feeds)
    {
        var scheduler = await node.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var next = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal);
        for (var i = 1; i <= feeds; i++)
        {
            next[$"feed-{i}"] = (await scheduler.GetTrigger(new TriggerKey($"feed-{i}", "feed-triggers")))?.NextFireTimeUtc;
        }

        return next;
    }

    private static async Task FastTriggerAsync(Microsoft.Extensions.Hosting.IHost node, string feed)
    {
        var scheduler = await node.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var key = new TriggerKey(feed, "feed-triggers");
        await scheduler.RescheduleJob(key, TriggerBuilder.Create()
            .WithIdentity(key)
            .ForJob(FeedPollJob.KeyFor(feed))
            .StartNow()
            .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(1)).RepeatForever())
            .Build());
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string failure)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(100);
        }
    }

    private static async Task<Dictionary<string, long>> FiringsByFeedAsync(PostgresTestDatabase database)
    {
        await using var connection = await database.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT trigger_name, times_triggered FROM qrtz_simple_triggers WHERE trigger_group = 'feed-triggers';", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var fired = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            fired[reader.GetString(0)] = reader.GetInt64(1);
        }

        return fired;
    }
}
