using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NewsBot.ConsoleChannel;
using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;
using NewsBot.Hosting;
using NewsBot.Scheduling;
using NewsBot.Testing;
using Quartz;

namespace NewsBot.Tests.Scheduling;

public sealed class SchedulingTests : IDisposable
{
    private readonly TempDirectory _root = new();
    private readonly StringWriter _output = new();

    public SchedulingTests()
    {
        Directory.CreateDirectory(_root.File("inbox"));
        File.WriteAllText(_root.File("inbox/quake.txt"), "Séisme au Japon\n\nUn séisme de magnitude 7,1 a frappé le sud du Japon, selon l'agence météorologique.\n");
        File.WriteAllText(_root.File("appsettings.json"), """
            {
              "Storage": { "ConnectionString": "Data Source=data/run.db" },
              "Feeds": [ { "Name": "inbox", "Folder": "inbox", "IntervalMinutes": 45 } ],
              "Delivery": { "IntervalSeconds": 3600 }
            }
            """);
    }

    public void Dispose()
    {
        _output.Dispose();
        _root.Dispose();
    }

    private IHost BuildRunHost() => NewsBotHost.Build(new HostSetup { ContentRoot = _root.Path, Output = _output, Scheduler = true });

    [Fact]
    public async Task Run_SchedulesOnePollJobPerFeedAtItsIntervalAndTheDeliveryJob()
    {
        using var host = BuildRunHost();
        await host.StartAsync();
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var triggers = await scheduler.GetTriggersOfJob(FeedPollJob.KeyFor("inbox"));
        var deliveryTriggers = await scheduler.GetTriggersOfJob(DeliveryJob.Key);

        var trigger = Assert.IsAssignableFrom<ICalendarIntervalTrigger>(Assert.Single(triggers));
        Assert.Equal((45, IntervalUnit.Minute), (trigger.RepeatInterval, trigger.RepeatIntervalUnit));
        Assert.Single(deliveryTriggers);
        await host.StopAsync();
    }

    [Fact]
    public async Task Run_SettledDeliveriesOlderThanTheirDays_AreDeletedHourlyStartingAtStart()
    {
        using var host = BuildRunHost();
        var history = host.Services.GetRequiredService<IDeliveryHistory>();
        await host.StartAsync();
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var trigger = Assert.IsAssignableFrom<ISimpleTrigger>(Assert.Single(await scheduler.GetTriggersOfJob(DeliveryHistoryJob.Key)));

        Assert.Equal(TimeSpan.FromHours(1), trigger.RepeatInterval);
        Assert.True(trigger.StartTimeUtc <= DateTimeOffset.UtcNow.AddSeconds(1), $"first run at {trigger.StartTimeUtc:u}");
        Assert.Equal("DeliveryHistory", history.GetType().Name);
        await host.StopAsync();
    }

    [Fact]
    public async Task Run_OldArticleTexts_AreEmptiedHourlyStartingAtStart()
    {
        using var host = BuildRunHost();
        var history = host.Services.GetRequiredService<IArticleTextHistory>();
        await host.StartAsync();
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var trigger = Assert.IsAssignableFrom<ISimpleTrigger>(Assert.Single(await scheduler.GetTriggersOfJob(ArticleTextHistoryJob.Key)));

        Assert.Equal(TimeSpan.FromHours(1), trigger.RepeatInterval);
        Assert.True(trigger.StartTimeUtc <= DateTimeOffset.UtcNow.AddSeconds(1), $"first run at {trigger.StartTimeUtc:u}");
        Assert.Equal("ArticleTextHistory", history.GetType().Name);
        await host.StopAsync();
    }

    [Fact]
    public async Task Run_FeedTrigger_RunsALateFiringOnceInsteadOfSkippingIt()
    {
        using var host = BuildRunHost();
        await host.StartAsync();
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var trigger = Assert.IsAssignableFrom<ICalendarIntervalTrigger>(await scheduler.GetTrigger(new TriggerKey("inbox", "feed-triggers")));
        await host.StopAsync();

        Assert.Equal(CalendarIntervalTriggerMisfireInstruction.FireAndProceed, trigger.MisfireInstruction);
        Assert.Equal(TimeZoneInfo.Utc, trigger.TimeZone);
        Assert.InRange(trigger.NextFireTimeUtc!.Value - trigger.StartTimeUtc, TimeSpan.Zero, TimeSpan.FromMinutes(45));
    }

    [Fact]
    public async Task Run_DefaultSettings_ThreadsForThirtyTwoPollsAndTheOtherJobs()
    {
        using var host = BuildRunHost();
        await host.StartAsync();
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var metadata = await scheduler.GetMetadata();
        await host.StopAsync();

        Assert.Equal(32 + PollConcurrencyOptions.OtherJobs, metadata.ThreadPoolSize);
    }

    [Fact]
    public async Task Run_MaxConcurrentPollsSet_SizesTheSchedulersThreadPool()
    {
        using var host = NewsBotHost.Build(new HostSetup
        {
            ContentRoot = _root.Path,
            Output = _output,
            Scheduler = true,
            Overrides = new Dictionary<string, string?> { ["FeedFetching:MaxConcurrentPolls"] = "100" },
        });
        await host.StartAsync();
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var metadata = await scheduler.GetMetadata();
        await host.StopAsync();

        Assert.Equal(100 + PollConcurrencyOptions.OtherJobs, metadata.ThreadPoolSize);
    }

    [Fact]
    public void Run_MaxConcurrentPollsZero_RefusesToStartNamingTheKey()
    {
        var setup = new HostSetup
        {
            ContentRoot = _root.Path,
            Output = _output,
            Scheduler = true,
            Overrides = new Dictionary<string, string?> { ["FeedFetching:MaxConcurrentPolls"] = "0" },
        };

        var error = Assert.Throws<OptionsValidationException>(() => NewsBotHost.Build(setup).Dispose());

        Assert.Contains("FeedFetching:MaxConcurrentPolls", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_FeedJobThenDeliveryJob_PostsTheMatchingArticleOnce()
    {
        using var host = BuildRunHost();
        await host.StartAsync();
        var services = host.Services;
        await services.GetRequiredService<ISubscriptionStore>().AddAsync(
            new NewSubscription { Channel = new ChannelAddress(ConsoleChatTransport.PlatformName, "ops"), Query = "Japon", CreatedAt = DateTimeOffset.UnixEpoch },
            CancellationToken.None);
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        await scheduler.TriggerJob(FeedPollJob.KeyFor("inbox"));
        // The article is stored before it is analyzed and matched: wait for its alert to be queued.
        var channel = new ChannelAddress(ConsoleChatTransport.PlatformName, "ops");
        await WaitUntilAsync("the feed job queued the alert", async () => (await services.GetRequiredService<IDeliveryStore>().ListByChannelAsync(channel, CancellationToken.None)).Count == 1);
        await scheduler.TriggerJob(DeliveryJob.Key);
        await WaitUntilAsync($"the delivery job posted the alert; output so far: {_output}", () => Task.FromResult(_output.ToString().Contains("📰 Séisme au Japon", StringComparison.Ordinal)));
        await scheduler.TriggerJob(FeedPollJob.KeyFor("inbox"));
        await scheduler.TriggerJob(DeliveryJob.Key);
        await Task.Delay(500);
        await host.StopAsync();

        Assert.Single(_output.ToString().Split('\n'), l => l.StartsWith("📰 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_FeedJobOfOneOfTwoFeeds_PollsTheFeedItsKeyNames()
    {
        Directory.CreateDirectory(_root.File("wire"));
        File.WriteAllText(_root.File("wire/storm.txt"), "Tempête en Bretagne\n\nDes rafales à 150 km/h ont touché la Bretagne.\n");
        File.WriteAllText(_root.File("appsettings.json"), """
            {
              "Storage": { "ConnectionString": "Data Source=data/run.db" },
              "Feeds": [ { "Name": "inbox", "Folder": "inbox" }, { "Name": "wire", "Folder": "wire" } ],
              "Delivery": { "IntervalSeconds": 3600 }
            }
            """);
        var logs = new FakeLogCollector();
        using var host = NewsBotHost.Build(new HostSetup
        {
            ContentRoot = _root.Path,
            Output = _output,
            Scheduler = true,
            ConfigureServices = services => services.AddSingleton<ILoggerProvider>(new FakeLoggerProvider(logs)),
        });
        await host.StartAsync();
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        await scheduler.TriggerJob(FeedPollJob.KeyFor("wire"));
        await WaitUntilAsync("the wire feed was polled", () => Task.FromResult(logs.GetSnapshot().Any(r => r.Message.StartsWith("Feed wire polled: 1 new", StringComparison.Ordinal))));
        await host.StopAsync();

        Assert.DoesNotContain(logs.GetSnapshot(), r => r.Message.StartsWith("Feed inbox", StringComparison.Ordinal));
        Assert.Contains(logs.GetSnapshot(), r => r.Message == "Feed jobs laid out: 2 written (new or changed), 0 kept as stored");
    }

    [Fact]
    public async Task Run_DigestSubscription_GetsATriggerAtItsNextLocalTime()
    {
        using var host = BuildRunHost();
        await host.StartAsync();
        var subscription = await host.Services.GetRequiredService<ISubscriptionStore>().AddAsync(
            new NewSubscription
            {
                Channel = new ChannelAddress(ConsoleChatTransport.PlatformName, "morning"),
                Query = "Japon",
                Mode = SubscriptionMode.Digest,
                DigestAt = new TimeOnly(8, 0),
                TimeZone = "Europe/Paris",
                CreatedAt = DateTimeOffset.UnixEpoch,
            },
            CancellationToken.None);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        await scheduler.TriggerJob(DigestTriggerSyncJob.Key);
        ITrigger? trigger = null;
        await WaitUntilAsync("the digest trigger was scheduled", async () =>
            (trigger = await scheduler.GetTrigger(DigestTriggerSyncJob.TriggerKeyFor(subscription.Id))) is not null);
        await host.StopAsync();

        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var next = trigger!.NextFireTimeUtc!.Value;
        Assert.Equal(new TimeSpan(8, 0, 0), TimeZoneInfo.ConvertTime(next, paris).TimeOfDay);
        Assert.InRange(next - DateTimeOffset.UtcNow, TimeSpan.Zero, TimeSpan.FromDays(1));
        Assert.Equal(DigestJob.Key, trigger.JobKey);
    }

    private static async Task WaitUntilAsync(string what, Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting until {what}");
            await Task.Delay(50);
        }
    }
}
