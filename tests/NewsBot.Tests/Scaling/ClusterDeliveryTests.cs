using Microsoft.Extensions.DependencyInjection;
using NewsBot.Scheduling;
using NewsBot.Testing.Postgres;
using Quartz;

namespace NewsBot.Tests.Scaling;

public sealed class ClusterDeliveryTests
{
    [PostgresFact]
    public async Task TenThousandDeliveries_OnThreeNodes_AreEachSentExactlyOnce()
    {
        const int count = 10_000;
        await using var cluster = await TestCluster.CreateAsync(feeds: 1);
        var names = new[] { "node-a", "node-b", "node-c" };
        foreach (var name in names)
        {
            await cluster.StartNodeAsync(name);
        }

        await OutboxSeed.QueueAsync(cluster.Database, count);

        await WaitUntilAsync(() => cluster.Chat.Sent.Count >= count, TimeSpan.FromMinutes(3), () => $"{cluster.Chat.Sent.Count} of {count} sent; {OutboxState(cluster)}");
        await Task.Delay(TimeSpan.FromSeconds(1)); // a double send would show up now

        var sent = cluster.Chat.Sent.ToList();
        Assert.True(count == sent.Count, $"{sent.Count} sends for {count} deliveries, {sent.Select(s => s.DeliveryKey).Distinct().Count()} distinct; {Distribution(cluster, names)}");
        Assert.Equal(count, sent.Select(s => s.DeliveryKey).Distinct().Count());
        Assert.Equal(count, await OutboxSeed.CountAsync(cluster.Database, "sent"));
        // Every node drains the outbox: with the delivery a clustered Quartz job, the node that fired it took
        // the next firings too, and at most two of the three ever sent.
        Assert.True(names.All(n => cluster.Chat.SentBy(n) > 0), $"the work was not shared: {Distribution(cluster, names)}");
    }

    [PostgresFact]
    public async Task NodeStarted_OnAScheduleWithTheDeliveryJobOfAnEarlierVersion_DeletesItAndStillDelivers()
    {
        const int count = 200;
        await using var cluster = await TestCluster.CreateAsync(feeds: 1);
        var old = await cluster.StartNodeAsync("node-old");
        var scheduler = await old.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.ScheduleJob(
            JobBuilder.Create<DeliveryJob>().WithIdentity(DeliveryJob.Key).Build(),
            TriggerBuilder.Create().WithIdentity(DeliveryJob.TriggerKey).StartAt(DateTimeOffset.UtcNow.AddHours(1)).WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(1)).RepeatForever()).Build());
        await old.StopAsync();
        // As an earlier version stored it: a class this version does not have.
        await cluster.Database.ExecuteAsync("UPDATE qrtz_job_details SET job_class_name = 'NewsBot.Scheduling.SharedDeliveryJob, newsbot' WHERE job_group = 'delivery' AND job_name = 'deliver';");

        await cluster.StartNodeAsync("node-new");
        await OutboxSeed.QueueAsync(cluster.Database, count);
        await WaitUntilAsync(() => cluster.Chat.Sent.Count >= count, TimeSpan.FromMinutes(1), () => $"{cluster.Chat.Sent.Count} of {count} sent; {OutboxState(cluster)}");

        Assert.Equal(0L, await cluster.Database.ScalarAsync<long>("SELECT count(*) FROM qrtz_job_details WHERE job_group = 'delivery' AND job_name = 'deliver';"));
        Assert.Equal(0L, await cluster.Database.ScalarAsync<long>("SELECT count(*) FROM qrtz_triggers WHERE job_group = 'delivery' AND job_name = 'deliver';"));
        Assert.Equal(count, cluster.Chat.SentBy("node-new"));
    }

    [PostgresFact]
    public async Task NodeKilledMidRun_ItsClaimedDeliveriesAreFinishedByTheOthers_NoneLostOrDoubled()
    {
        const int count = 3000;
        await using var cluster = await TestCluster.CreateAsync(feeds: 1);
        var a = await cluster.StartNodeAsync("node-a");
        await OutboxSeed.QueueAsync(cluster.Database, count);

        // A sends a while alone, then hangs mid-send holding leased rows, and dies.
        await WaitUntilAsync(() => cluster.Chat.SentBy("node-a") >= 300, TimeSpan.FromMinutes(1), () => $"{cluster.Chat.SentBy("node-a")} sent by node-a");
        cluster.Chat.Freeze("node-a");
        await WaitUntilAsync(
            async () => await cluster.Database.ScalarAsync<long>("SELECT count(*) FROM deliveries WHERE status = 'due' AND lease_until IS NOT NULL;") > 0,
            TimeSpan.FromSeconds(30),
            () => "node-a holds no lease");
        // What this test is about is the rows A holds and never sent. A send answered just before the freeze
        // whose record A had not yet written when killed would be sent again by the others: that is the
        // window between a platform's answer and its record, which only a platform's idempotency closes
        // (OutboxCrashTests), and a loaded machine widens it. So A is killed once its answered sends are recorded.
        await WaitUntilAsync(
            async () => await OutboxSeed.CountAsync(cluster.Database, "sent") == cluster.Chat.SentBy("node-a"),
            TimeSpan.FromSeconds(30),
            () => $"{cluster.Chat.SentBy("node-a")} sent by node-a, not all recorded");
        var sentByA = cluster.Chat.SentBy("node-a");
        await cluster.KillAsync(a, "node-a");

        await cluster.StartNodeAsync("node-b");
        await cluster.StartNodeAsync("node-c");
        await WaitUntilAsync(() => cluster.Chat.Sent.Count >= count, TimeSpan.FromMinutes(2), () => $"{cluster.Chat.Sent.Count} of {count} sent; {Distribution(cluster, ["node-a", "node-b", "node-c"])}; {OutboxState(cluster)}");
        await Task.Delay(TimeSpan.FromSeconds(1));

        var sent = cluster.Chat.Sent.ToList();
        var doubled = sent.GroupBy(s => s.DeliveryKey).Where(g => g.Count() > 1).ToList();
        Assert.True(
            count == sent.Count && doubled.Count == 0,
            $"{sent.Count} sends for {count} deliveries; sent twice, by: {string.Join(", ", doubled.Take(10).Select(g => string.Join('+', g.Select(s => s.Node))))}");
        Assert.Equal(sentByA, cluster.Chat.SentBy("node-a"));
        Assert.Equal(count, await OutboxSeed.CountAsync(cluster.Database, "sent"));
    }

    private static string OutboxState(TestCluster cluster) =>
        cluster.Database.ScalarAsync<string>(
            "SELECT string_agg(status || '/' || (lease_until IS NOT NULL) || '/' || attempts || '/' || coalesce(last_error, '-') || ': ' || n, '; ') FROM (SELECT status, lease_until, attempts, last_error, count(*) n FROM deliveries GROUP BY 1, 2, 3, 4) t;")
            .GetAwaiter().GetResult();

    private static string Distribution(TestCluster cluster, string[] names) =>
        string.Join(", ", names.Select(n => $"{n}: {cluster.Chat.SentBy(n)}"));

    private static Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, Func<string> state) =>
        WaitUntilAsync(() => Task.FromResult(condition()), timeout, state);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<string> state)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out: {state()}");
            await Task.Delay(100);
        }
    }
}
