using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Core.Delivery;
using NewsBot.Hosting;
using NewsBot.Scheduling;
using NewsBot.Testing;
using NewsBot.Testing.Telegram;
using Quartz;
using Xunit.Abstractions;

namespace NewsBot.Tests.Telegram;

/// <summary>
/// <c>newsbot run</c> with a Telegram token, pointed at the fake Bot API: commands come in by long polling,
/// the seeds come in through a folder feed, and the alert goes out through the real host, SQLite included.
/// </summary>
public sealed class TelegramEndToEndTests(ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private const long Group = -1001777;
    private const long Admin = 501;
    private const long Member = 502;

    private readonly TempDirectory _root = new();
    private FakeBotApi _fake = null!;

    private static ChannelAddress Chat => new("telegram", Group.ToString(CultureInfo.InvariantCulture));

    public async Task InitializeAsync()
    {
        _fake = await FakeBotApi.StartAsync();
        _fake.SetMember(Group, Admin, "administrator");
        var seeds = RepositoryRoot.Seeds.Replace("\\", "/", StringComparison.Ordinal);
        await File.WriteAllTextAsync(_root.File("appsettings.json"), $$"""
            {
              "Storage": { "ConnectionString": "Data Source=data/telegram.db" },
              "Feeds": [ { "Name": "seeds", "Folder": "{{seeds}}", "IntervalMinutes": 600 } ],
              "Delivery": { "IntervalSeconds": 3600 },
              "Telegram": {
                "Token": "{{_fake.Token}}",
                "ApiBaseUrl": "{{_fake.ApiBaseUrl}}",
                "PollTimeoutSeconds": 1,
                "ErrorBackoffSeconds": 0.2,
                "Pacing": { "RetryBaseDelaySeconds": 0.1 }
              }
            }
            """);
    }

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    public void Dispose() => _root.Dispose();

    private IHost Build() => NewsBotHost.Build(new HostSetup { ContentRoot = _root.Path, Output = TextWriter.Null, Scheduler = true });

    private IReadOnlyList<FakeBotSentMessage> Alerts => _fake.Messages.Where(m => m.Method == "sendMessage" && m.Buttons.Count > 0).ToList();

    private async Task<FakeBotSentMessage> CommandAsync(long user, string text)
    {
        var before = _fake.Messages.Count;
        _fake.PushMessage(Group, "supergroup", user, text);
        return await _fake.WaitForMessageAsync(m => m.Method == "sendMessage" && m.Buttons.Count == 0 && _fake.Messages.ToList().IndexOf(m) >= before);
    }

    private static async Task PollSeedsAndDeliverAsync(IHost host)
    {
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var deliveries = host.Services.GetRequiredService<IDeliveryStore>();
        await scheduler.TriggerJob(FeedPollJob.KeyFor("seeds"));
        await WaitUntilAsync("the seeds were ingested and the alert queued", async () => (await deliveries.ListByChannelAsync(Chat, CancellationToken.None)).Count > 0);
        await Task.Delay(1000);
        await scheduler.TriggerJob(DeliveryJob.Key);
    }

    [Fact]
    public async Task Run_AdminSubscribesInAGroup_SeedsArriveAsOneAlertWithFiguresAndSources_AndARestartRepeatsNothing()
    {
        using (var host = Build())
        {
            await host.StartAsync();

            var subscribed = await CommandAsync(Admin, "/subscribe@FakeNewsBot corée du nord");
            var refused = await CommandAsync(Member, "/subscribe corée du nord");
            await PollSeedsAndDeliverAsync(host);
            var alert = await _fake.WaitForMessageAsync(m => m.Buttons.Count > 0);
            var figures = await CommandAsync(Member, "/figures corée du nord");
            await Task.Delay(1500);
            await host.StopAsync();

            output.WriteLine(alert.Text);
            output.WriteLine(figures.Text);
            Assert.StartsWith("Subscribed to “corée du nord”", subscribed.Visible, StringComparison.Ordinal);
            Assert.StartsWith("⚠️ Only channel managers can use subscribe", refused.Visible, StringComparison.Ordinal);
            Assert.Single(Alerts);
            Assert.Equal(Group.ToString(CultureInfo.InvariantCulture), alert.ChatId);
            Assert.Contains("Key figures", alert.Visible, StringComparison.Ordinal);
            Assert.Contains("soldats", alert.Visible, StringComparison.Ordinal);
            Assert.Contains("Sources:", alert.Visible, StringComparison.Ordinal);
            Assert.StartsWith("Key figures on “corée du nord”", figures.Visible, StringComparison.Ordinal);
            Assert.Contains("000", figures.Visible, StringComparison.Ordinal);
        }

        var sentBeforeRestart = _fake.Messages.Count;
        using (var restarted = Build())
        {
            await restarted.StartAsync();
            var scheduler = await restarted.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            await scheduler.TriggerJob(FeedPollJob.KeyFor("seeds"));
            await scheduler.TriggerJob(DeliveryJob.Key);
            await Task.Delay(2000);

            // A command sent now is answered: the poller runs, and answers only what is new.
            await CommandAsync(Member, "/help");
            await _fake.WaitUntilConfirmedAsync();
            await Task.Delay(500);
            await restarted.StopAsync();
        }

        Assert.Equal(sentBeforeRestart + 1, _fake.Messages.Count);
        Assert.StartsWith("NewsBot commands", _fake.Messages[^1].Visible, StringComparison.Ordinal);
        Assert.Empty(_fake.Violations);
    }

    [Fact]
    public async Task Run_StormOf429s_DelaysTheAlertButLosesNothing()
    {
        using var host = Build();
        await host.StartAsync();
        await CommandAsync(Admin, "/subscribe corée du nord");
        _fake.FailNext("sendMessage", 429, "Too Many Requests: retry after 1", times: 3, retryAfter: 1, chatId: Group);
        var clock = Stopwatch.StartNew();

        await PollSeedsAndDeliverAsync(host);
        await _fake.WaitForMessageAsync(m => m.Buttons.Count > 0, TimeSpan.FromSeconds(30));
        var delay = clock.Elapsed;
        await Task.Delay(1500);
        await host.StopAsync();

        Assert.Single(Alerts);
        Assert.True(delay >= TimeSpan.FromSeconds(3), $"delivered after {delay}");
        // Every refused send was tried again; nothing else was refused.
        Assert.Equal(_fake.Messages.Count(m => m.Method == "sendMessage") + 3, _fake.Calls.Count(c => c == "sendMessage"));
        Assert.Empty(_fake.Violations);
    }

    [Fact]
    public async Task Run_WithoutATelegramToken_RegistersNoTelegram()
    {
        File.WriteAllText(_root.File("appsettings.json"), """{ "Storage": { "ConnectionString": "Data Source=data/none.db" }, "Feeds": [] }""");
        using var host = Build();

        Assert.DoesNotContain(host.Services.GetServices<IChatTransport>(), t => t.Platform == "telegram");
    }

    private static async Task WaitUntilAsync(string what, Func<Task<bool>> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(30), $"timed out waiting until {what}");
            await Task.Delay(50);
        }
    }
}
