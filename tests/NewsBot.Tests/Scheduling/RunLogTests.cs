using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NewsBot.ConsoleChannel;
using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;
using NewsBot.Core.Feeds;
using NewsBot.Core.Pipeline;
using NewsBot.Core.Subscriptions;
using NewsBot.Hosting;
using NewsBot.Scheduling;
using NewsBot.Testing;
using NewsBot.Testing.Stores;
using NewsBot.Testing.Time;
using Quartz;

namespace NewsBot.Tests.Scheduling;

/// <summary>`run` says what it does while it polls: a line per feed poll and a periodic summary.</summary>
public sealed class RunLogTests : IDisposable
{
    private readonly TempDirectory _root = new();
    private readonly StringWriter _output = new();

    public void Dispose()
    {
        _output.Dispose();
        _root.Dispose();
    }

    [Theory]
    [InlineData(FeedPollOutcome.Read, "Feed lemonde polled: 0 new, 4 seen before, 0 alerts queued")]
    [InlineData(FeedPollOutcome.NotModified, "Feed lemonde polled: not modified, 0 alerts queued")]
    [InlineData(FeedPollOutcome.Failed, "Feed lemonde polled: failed: HTTP 503 Service Unavailable")]
    [InlineData(FeedPollOutcome.BackingOff, "Feed lemonde not polled: backing off after failures")]
    [InlineData(FeedPollOutcome.Disabled, "Feed lemonde not polled: disabled after too many failures")]
    public void Write_EachPollOutcome_OneInformationLineSayingIt(FeedPollOutcome outcome, string expected)
    {
        var logger = new FakeLogger();
        var poll = new FeedPollResult
        {
            FeedName = "lemonde",
            Outcome = outcome,
            ItemsSeen = outcome == FeedPollOutcome.Read ? 4 : 0,
            Error = outcome == FeedPollOutcome.Failed ? "HTTP 503 Service Unavailable" : null,
        };

        FeedPollLog.Write(logger, new IngestionReport(poll, AlertsQueued: 0));

        var record = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal((LogLevel.Information, expected), (record.Level, record.Message));
    }

    [Fact]
    public void WriteDeliveryPass_SkippedAndMergedDeliveries_AreCountedInTheLine()
    {
        var logger = new FakeLogger();

        DeliveryPassLog.Write(logger, new DispatchReport(Sent: 3, Retrying: 2, Dead: 1, Merged: 4, Skipped: 5));

        var record = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(
            (LogLevel.Information, "Delivery pass: 3 sent, 2 to retry, 1 dead-lettered, 4 merged into their alert, 5 skipped after an unknown outcome"),
            (record.Level, record.Message));
    }

    [Fact]
    public void WriteDeliveryPass_OnlySkipped_StillLogsThePass()
    {
        var logger = new FakeLogger();

        DeliveryPassLog.Write(logger, new DispatchReport(0, 0, 0, Skipped: 1));

        Assert.Contains("1 skipped", Assert.Single(logger.Collector.GetSnapshot()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteDeliveryPass_NothingClaimed_LogsNothing()
    {
        var logger = new FakeLogger();

        DeliveryPassLog.Write(logger, DispatchReport.Empty);

        Assert.Empty(logger.Collector.GetSnapshot());
    }

    [Fact]
    public async Task Run_FeedJobTwiceOnAnUnchangedFolder_LogsTheNewArticleThenNotModified()
    {
        using var logs = new FakeLoggerProvider();
        using var host = BuildHostWithOneArticleInItsFolder(logs);
        await host.StartAsync();
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        await scheduler.TriggerJob(FeedPollJob.KeyFor("inbox"));
        await WaitUntilAsync("the first poll was logged", () => PollLines(logs).Count == 1);
        await scheduler.TriggerJob(FeedPollJob.KeyFor("inbox"));
        await WaitUntilAsync("the second poll was logged", () => PollLines(logs).Count == 2);
        await host.StopAsync();

        Assert.Equal(
            ["Feed inbox polled: 1 new, 0 seen before, 0 alerts queued", "Feed inbox polled: not modified, 0 alerts queued"],
            PollLines(logs));
    }

    [Fact]
    public async Task Run_PollWithANewMatchedArticle_OneInformationLineForThePoll()
    {
        using var logs = new FakeLoggerProvider();
        using var host = BuildHostWithOneArticleInItsFolder(logs);
        await host.StartAsync();
        await host.Services.GetRequiredService<ISubscriptionStore>().AddAsync(
            new NewSubscription { Channel = new ChannelAddress(ConsoleChatTransport.PlatformName, "ops"), Query = "Japon", CreatedAt = DateTimeOffset.UnixEpoch },
            CancellationToken.None);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        await scheduler.TriggerJob(FeedPollJob.KeyFor("inbox"));
        await WaitUntilAsync("the poll was logged", () => PollLines(logs).Count == 1);
        await host.StopAsync();

        // The reader's count (1001) and the planner's (1010) said again what the poll's line says.
        var information = logs.Collector.GetSnapshot()
            .Where(r => r.Level == LogLevel.Information && r.Category!.StartsWith("NewsBot", StringComparison.Ordinal) && r.Id.Id is 1001 or 1010 or (>= 6040 and <= 6043))
            .Select(r => r.Message);
        Assert.Equal(["Feed inbox polled: 1 new, 0 seen before, 1 alerts queued"], information);
    }

    /// <summary>A scheduled host with one folder feed, "inbox", holding one French article about Japan.</summary>
    private IHost BuildHostWithOneArticleInItsFolder(FakeLoggerProvider logs)
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
        return NewsBotHost.Build(new HostSetup
        {
            ContentRoot = _root.Path,
            Output = _output,
            Scheduler = true,
            ConfigureServices = services => services.AddSingleton<ILoggerProvider>(logs),
        });
    }

    [Fact]
    public async Task Summary_AfterItsInterval_OneLineWithFeedsArticlesStoriesAndAlerts()
    {
        var time = new FakeTimeProvider();
        var articles = new InMemoryArticleStore();
        var stories = new InMemoryStoryStore(articles);
        var activity = new RunActivity();
        var logger = new FakeLogger<RunSummary>();
        using var summary = new RunSummary(activity, stories, time, logger);
        await summary.StartAsync(CancellationToken.None);
        await WaitUntilAsync("the summary waits for its timer", () => time.PendingTimers > 0);

        var first = await AddArticleAsync(articles, "a", time.GetUtcNow());
        var second = await AddArticleAsync(articles, "b", time.GetUtcNow());
        var story = await stories.CreateAsync(time.GetUtcNow(), CancellationToken.None);
        await stories.AssignAsync(first.Id, story, time.GetUtcNow(), CancellationToken.None);
        await stories.AssignAsync(second.Id, story, time.GetUtcNow(), CancellationToken.None);
        activity.RecordPoll(new IngestionReport(new FeedPollResult { FeedName = "lemonde", Outcome = FeedPollOutcome.Read, NewArticles = [first, second], ItemsSeen = 5 }, AlertsQueued: 3));
        activity.RecordPoll(new IngestionReport(new FeedPollResult { FeedName = "lemonde", Outcome = FeedPollOutcome.NotModified }, AlertsQueued: 0));
        activity.RecordPoll(new IngestionReport(new FeedPollResult { FeedName = "reuters", Outcome = FeedPollOutcome.Failed, Error = "timeout" }, AlertsQueued: 0));
        activity.RecordDispatch(new DispatchReport(Sent: 2, Retrying: 1, Dead: 0));
        time.Advance(RunSummary.Interval);
        await WaitUntilAsync("the summary was logged", () => logger.Collector.Count > 0);
        time.Advance(RunSummary.Interval);
        await WaitUntilAsync("the second summary was logged", () => logger.Collector.Count > 1);
        await summary.StopAsync(CancellationToken.None);

        var lines = logger.Collector.GetSnapshot();
        Assert.All(lines, l => Assert.Equal(LogLevel.Information, l.Level));
        Assert.Equal(
            "Last 10 min: 2 feeds polled 3 times (1 failed), 2 new articles, 1 stories with new articles, 3 alerts queued, 2 sent, 1 to retry, 0 dead-lettered",
            lines[0].Message);
        // Each line counts its own period only.
        Assert.Equal(
            "Last 10 min: 0 feeds polled 0 times (0 failed), 0 new articles, 0 stories with new articles, 0 alerts queued, 0 sent, 0 to retry, 0 dead-lettered",
            lines[1].Message);
    }

    private static List<string> PollLines(FakeLoggerProvider logs) =>
        logs.Collector.GetSnapshot().Where(r => r.Id.Id is >= 6040 and <= 6043).Select(r => r.Message).ToList();

    private static async Task<Article> AddArticleAsync(InMemoryArticleStore articles, string key, DateTimeOffset at) =>
        (await articles.TryAddAsync(
            new NewArticle { FeedName = "lemonde", Title = $"Title {key}", Text = $"Text {key}.", ContentHash = $"hash-{key}", FetchedAt = at, ExternalId = $"guid-{key}" },
            CancellationToken.None))!;

    private static async Task WaitUntilAsync(string what, Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting until {what}");
            await Task.Delay(20);
        }
    }
}
