using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;
using NewsBot.Hosting;
using NewsBot.Scheduling;
using NewsBot.Testing;
using NewsBot.Testing.Discord;
using Quartz;

namespace NewsBot.Tests.Discord;

/// <summary>The whole bot as <c>newsbot run</c> builds it, with Discord pointed at the fake on 127.0.0.1.</summary>
public sealed class DiscordEndToEndTests : IAsyncLifetime, IDisposable
{
    private const string Channel = "100";
    private const ulong ManageChannels = 16;
    private const ulong ViewAndSend = 1024 | 2048;

    private readonly TempDirectory _root = new();
    private readonly StringWriter _output = new();
    private FakeDiscordServer _discord = null!;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscordServer.StartAsync(CancellationToken.None);
        _discord.AddChannel(Channel);
        _discord.Gateway.HeartbeatIntervalMs = 400;
        Directory.CreateDirectory(_root.File("seeds"));
        foreach (var seed in Directory.GetFiles(RepositoryRoot.Seeds))
        {
            File.Copy(seed, _root.File(Path.Combine("seeds", Path.GetFileName(seed))));
        }

        await File.WriteAllTextAsync(_root.File("appsettings.json"), """
            {
              "Storage": { "ConnectionString": "Data Source=data/discord.db" },
              "Feeds": [ { "Name": "seeds", "Folder": "seeds", "IntervalMinutes": 600 } ],
              "Delivery": { "IntervalSeconds": 3600 }
            }
            """);
    }

    public async Task DisposeAsync() => await _discord.DisposeAsync();

    public void Dispose()
    {
        _output.Dispose();
        _root.Dispose();
    }

    private IHost BuildRunHost() => NewsBotHost.Build(new HostSetup
    {
        ContentRoot = _root.Path,
        Output = _output,
        Scheduler = true,
        Overrides = new Dictionary<string, string?>
        {
            ["Discord:Token"] = FakeDiscordServer.Token,
            ["Discord:ApplicationId"] = FakeDiscordServer.ApplicationId,
            ["Discord:ApiBaseUrl"] = _discord.ApiBaseUrl.ToString(),
        },
    });

    [Fact]
    public async Task Run_SlashSubscribeThenSeeds_PostsOneEmbedAlertAndSurvivesDropsAndRateLimits()
    {
        using var host = BuildRunHost();
        await host.StartAsync();
        var services = host.Services;
        Assert.Contains(services.GetServices<IChatTransport>(), t => t.Platform == "discord");
        await WaitUntilAsync("the bot is connected", () => _discord.Gateway.IsReady);
        Assert.NotEmpty(_discord.RegisteredCommands);

        // A member without Manage Channels is refused, ephemerally.
        var refused = await _discord.Gateway.DispatchCommandAsync("subscribe", new Dictionary<string, string> { ["query"] = "Corée du Nord" }, Channel, ViewAndSend, userId: "1");
        var refusal = await AnswerAsync(refused);
        Assert.Equal(64, refusal.Flags);
        Assert.Empty(await services.GetRequiredService<ISubscriptionStore>().ListActiveAsync(CancellationToken.None));

        // A channel manager subscribes.
        var subscribe = await _discord.Gateway.DispatchCommandAsync("subscribe", new Dictionary<string, string> { ["query"] = "Corée du Nord" }, Channel, ManageChannels, userId: "2");
        var subscribed = await AnswerAsync(subscribe);
        Assert.Equal(0, subscribed.Flags);
        Assert.Contains("Subscribed", subscribed.FirstEmbedTitle, StringComparison.Ordinal);

        // The feed delivers the seeds through a burst of 429s: the alert waits, and is posted once.
        _discord.ScriptMessageRateLimits(new FakeRateLimit(0.4), new FakeRateLimit(0.4), new FakeRateLimit(0.3, Scope: "global", Global: true));
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(FeedPollJob.KeyFor("seeds"));
        var channel = new ChannelAddress("discord", Channel);
        await WaitUntilAsync("the alert is queued", () => services.GetRequiredService<IDeliveryStore>().ListByChannelAsync(channel, CancellationToken.None).Result.Count >= 1);
        await scheduler.TriggerJob(DeliveryJob.Key);
        await WaitUntilAsync("the alert is posted", () => _discord.MessagesIn(Channel).Count >= 1);
        await scheduler.TriggerJob(FeedPollJob.KeyFor("seeds"));
        await scheduler.TriggerJob(DeliveryJob.Key);
        await Task.Delay(1000);

        var alert = Assert.Single(_discord.MessagesIn(Channel));
        Assert.Null(FakeDiscordServer.EmbedProblem(alert.Body));
        var embed = Assert.IsType<JsonObject>(Assert.Single(alert.Embeds));
        var fields = embed["fields"]!.AsArray().Select(f => (string)f!["name"]!).ToList();
        Assert.Contains("Key figures", fields);
        Assert.Contains("Sources", fields);
        Assert.NotNull(alert.Nonce);
        Assert.Equal(3, _discord.Requests.Count(r => r.Status == 429));
        Assert.Equal(0, _discord.BucketViolations);

        // Anyone may ask for the figures.
        var figures = await _discord.Gateway.DispatchCommandAsync("figures", new Dictionary<string, string> { ["query"] = "Corée du Nord" }, Channel, ViewAndSend);
        var figuresAnswer = await AnswerAsync(figures);
        Assert.Contains("12 000", figuresAnswer.FirstEmbedDescription, StringComparison.Ordinal);

        // The gateway drops; the interaction sent meanwhile is replayed on resume and answered once. On a loaded
        // machine a 400 ms heartbeat ACK can come late, and the bot then rightly reconnects on its own as well, so
        // the connections are not counted: what must hold is that the drop was resumed, never identified again.
        var identifiesBeforeDrop = _discord.Gateway.Identifies.Count;
        var resumesBeforeDrop = _discord.Gateway.Resumes.Count;
        _discord.Gateway.Drop();
        var whileDown = await _discord.Gateway.DispatchCommandAsync("subscriptions", new Dictionary<string, string>(), Channel, ViewAndSend);
        var listed = await AnswerAsync(whileDown);
        Assert.Contains("Corée du Nord", listed.FirstEmbedDescription, StringComparison.Ordinal);
        await host.StopAsync();

        Assert.Equal(identifiesBeforeDrop, _discord.Gateway.Identifies.Count);
        Assert.True(_discord.Gateway.Resumes.Count > resumesBeforeDrop, "the drop was not resumed");
        Assert.Single(_discord.Answers, a => a.InteractionId == whileDown && (a.IsFollowUp || a.Type != 5));
        Assert.Single(_discord.MessagesIn(Channel));
    }

    [Fact]
    public async Task Run_ChannelLostItsPermissions_PausesItsSubscriptions()
    {
        // Heartbeats are not what this test is about: with the class's 400 ms a late ACK on a loaded machine makes
        // the client reconnect (rightly) and the command below can land in the session it just left.
        _discord.Gateway.HeartbeatIntervalMs = 60_000;
        using var host = BuildRunHost();
        await host.StartAsync();
        var services = host.Services;
        await WaitUntilAsync("the bot is connected", () => _discord.Gateway.IsReady);
        var subscribe = await _discord.Gateway.DispatchCommandAsync("subscribe", new Dictionary<string, string> { ["query"] = "Corée du Nord" }, Channel, ManageChannels);
        await AnswerAsync(subscribe);
        _discord.FailChannel(Channel, System.Net.HttpStatusCode.Forbidden, 50013, "Missing Permissions");

        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(FeedPollJob.KeyFor("seeds"));
        var channel = new ChannelAddress("discord", Channel);
        await WaitUntilAsync("the alert is queued", () => services.GetRequiredService<IDeliveryStore>().ListByChannelAsync(channel, CancellationToken.None).Result.Count >= 1);
        await scheduler.TriggerJob(DeliveryJob.Key);
        var store = services.GetRequiredService<ISubscriptionStore>();
        await WaitUntilAsync("the channel's subscriptions are paused", () => store.ListActiveAsync(CancellationToken.None).Result.Count == 0);

        Assert.Empty(_discord.Messages);
        Assert.True(Assert.Single(await store.ListByChannelAsync(channel, CancellationToken.None)).Paused);
        await host.StopAsync();
    }

    private async Task<FakeInteractionAnswer> AnswerAsync(string interactionId)
    {
        await WaitUntilAsync($"interaction {interactionId} is answered", () => _discord.Answers.Any(a => a.InteractionId == interactionId && (a.IsFollowUp || a.Type != 5)));
        return _discord.Answers.Last(a => a.InteractionId == interactionId);
    }

    private static async Task WaitUntilAsync(string what, Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"timed out waiting until {what}");
            await Task.Delay(50);
        }
    }
}
