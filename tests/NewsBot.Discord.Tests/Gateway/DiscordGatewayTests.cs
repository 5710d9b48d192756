using System.Text.Json.Nodes;
using NewsBot.Testing.Discord;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class DiscordGatewayTests : IAsyncLifetime
{
    private const ulong ManageChannels = 16;
    private static readonly Dictionary<string, string> NoOptions = [];
    private FakeDiscordServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeDiscordServer.StartAsync(CancellationToken.None);
        _server.Gateway.HeartbeatIntervalMs = 300;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<DiscordTestHost> StartBotAsync(Dictionary<string, string?>? settings = null)
    {
        var bot = await DiscordTestHost.StartAsync(_server, settings);
        await DiscordTestHost.WaitUntilAsync("the bot identified", () => _server.Gateway.IsReady);

        // Dispatches are read in order: once this one is answered, the bot has READY's session too.
        await bot.WaitForAnswerAsync(await _server.Gateway.DispatchCommandAsync("help", NoOptions, "100", 0));
        return bot;
    }

    [Fact]
    public async Task Start_AsksGatewayBotThenIdentifiesWithGuildsIntentOnlyAndItsShard()
    {
        await using var bot = await StartBotAsync(new() { ["Discord:ShardId"] = "1", ["Discord:ShardCount"] = "2" });

        var identify = Assert.Single(_server.Gateway.Identifies);
        Assert.Equal(FakeDiscordServer.Token, (string?)identify["d"]!["token"]);
        Assert.Equal(1, (int?)identify["d"]!["intents"]);
        Assert.Equal("[1,2]", identify["d"]!["shard"]!.ToJsonString());
        Assert.Contains(_server.Requests, r => r.Path == "/gateway/bot");
    }

    [Fact]
    public async Task Start_NoSessionStartsLeftToday_WaitsForTheResetBeforeIdentifying()
    {
        _server.SessionStartsRemaining = 0;
        _server.SessionStartsResetAfter = TimeSpan.FromSeconds(1.5);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await using var bot = await DiscordTestHost.StartAsync(_server);
        await DiscordTestHost.WaitUntilAsync("the bot identified", () => _server.Gateway.Identifies.Count == 1);

        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.4), $"identified after {clock.Elapsed}");
    }

    [Fact]
    public async Task Start_RegistersEverySlashCommandGloballyWithManageChannelsOnSubscribe()
    {
        await using var bot = await StartBotAsync();

        var commands = Assert.Single(_server.RegisteredCommands, c => c.Key == $"applications/{FakeDiscordServer.ApplicationId}/commands").Value;
        var byName = commands.OfType<JsonObject>().ToDictionary(c => (string)c["name"]!);
        Assert.Equal(["figures", "help", "latest", "subscribe", "subscriptions", "unsubscribe", "why"], byName.Keys.Order().ToArray());
        Assert.Equal("16", (string?)byName["subscribe"]["default_member_permissions"]);
        Assert.Equal("16", (string?)byName["unsubscribe"]["default_member_permissions"]);
        Assert.Null(byName["latest"]["default_member_permissions"]);
        var subscribeOptions = byName["subscribe"]["options"]!.AsArray().Select(o => (string)o!["name"]!).ToList();
        Assert.Equal("query", subscribeOptions[0]);
        Assert.Contains("mode", subscribeOptions);
        Assert.Contains("tz", subscribeOptions);
        Assert.True((bool?)byName["unsubscribe"]["options"]![0]!["autocomplete"]);
    }

    [Fact]
    public async Task Restart_WithUnchangedCommands_DoesNotRegisterThemAgain()
    {
        var state = new Testing.Stores.InMemoryPlatformStateStore();
        await using (var first = await DiscordTestHost.StartAsync(_server, state: state))
        {
            await DiscordTestHost.WaitUntilAsync("the bot identified", () => _server.Gateway.IsReady);
        }

        await using var second = await DiscordTestHost.StartAsync(_server, state: state);
        await DiscordTestHost.WaitUntilAsync("the bot identified again", () => _server.Gateway.Identifies.Count == 2);

        Assert.Single(_server.Requests, r => r.Method == "PUT");
    }

    [Fact]
    public async Task Start_WithDevelopmentGuild_RegistersInThatGuildOnly()
    {
        await using var bot = await StartBotAsync(new() { ["Discord:DevelopmentGuildId"] = "777" });

        Assert.Equal($"applications/{FakeDiscordServer.ApplicationId}/guilds/777/commands", Assert.Single(_server.RegisteredCommands).Key);
    }

    [Fact]
    public async Task Connected_HeartbeatsAtTheHelloInterval()
    {
        await using var bot = await StartBotAsync();

        await DiscordTestHost.WaitUntilAsync("three heartbeats", () => _server.Gateway.Heartbeats >= 3, seconds: 5);
    }

    [Fact]
    public async Task InteractionCreate_Help_IsAnsweredAtOnceWithAnEmbed()
    {
        await using var bot = await StartBotAsync();

        var id = await _server.Gateway.DispatchCommandAsync("help", NoOptions, "100", permissions: 0);

        var answer = await bot.WaitForAnswerAsync(id);
        Assert.Equal(4, answer.Type);
        Assert.NotNull(answer.FirstEmbedTitle);
        Assert.Empty(answer.Data!["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Fact]
    public async Task InteractionCreate_SubscribeWithoutManageChannels_IsRefusedEphemerally()
    {
        await using var bot = await StartBotAsync();

        var id = await _server.Gateway.DispatchCommandAsync("subscribe", new Dictionary<string, string> { ["query"] = "japon" }, "100", permissions: 1024);

        var answer = await bot.WaitForAnswerAsync(id);
        Assert.Equal(64, answer.Flags);
        Assert.Contains("channel managers", answer.FirstEmbedTitle, StringComparison.Ordinal);
        Assert.Empty(await bot.Subscriptions.ListActiveAsync(CancellationToken.None));
    }

    [Fact]
    public async Task InteractionCreate_SubscribeInAThread_SubscribesTheThreadWithOptions()
    {
        await using var bot = await StartBotAsync();

        var id = await _server.Gateway.DispatchCommandAsync(
            "subscribe",
            new Dictionary<string, string> { ["query"] = "\"corée du nord\"", ["mode"] = "digest", ["at"] = "07:30", ["tz"] = "Europe/Paris" },
            "700",
            permissions: ManageChannels,
            channelType: 11,
            parentId: "100");

        var answer = await bot.WaitForAnswerAsync(id);
        Assert.Equal(0, answer.Flags);
        var subscription = Assert.Single(await bot.Subscriptions.ListActiveAsync(CancellationToken.None));
        Assert.Equal(new Core.Delivery.ChannelAddress("discord", "100", "700"), subscription.Channel);
        Assert.Equal(Core.Subscriptions.SubscriptionMode.Digest, subscription.Mode);
        Assert.Equal(new TimeOnly(7, 30), subscription.DigestAt);
    }

    [Fact]
    public async Task InteractionCreate_AdministratorWithoutManageChannels_MaySubscribe()
    {
        await using var bot = await StartBotAsync();

        var id = await _server.Gateway.DispatchCommandAsync("subscribe", new Dictionary<string, string> { ["query"] = "japon" }, "100", permissions: 8);

        await bot.WaitForAnswerAsync(id);
        Assert.Single(await bot.Subscriptions.ListActiveAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Autocomplete_OffersTheChannelsSubscriptionsMatchingWhatIsTyped()
    {
        await using var bot = await StartBotAsync();
        foreach (var query in new[] { "japon", "corée du nord", "ukraine" })
        {
            var sub = await _server.Gateway.DispatchCommandAsync("subscribe", new Dictionary<string, string> { ["query"] = query }, "100", ManageChannels);
            await bot.WaitForAnswerAsync(sub);
        }

        var id = await _server.Gateway.DispatchCommandAsync("figures", new Dictionary<string, string> { ["query"] = "or" }, "100", 0, type: 4, focused: "query");

        var answer = await bot.WaitForAnswerAsync(id);
        Assert.Equal(8, answer.Type);
        var choices = answer.Data!["choices"]!.AsArray().Select(c => (string)c!["value"]!).ToList();
        Assert.Equal(["corée du nord"], choices);
    }

    [Fact]
    public async Task Drop_ResumesTheSessionAndAnswersTheInteractionSentWhileDown()
    {
        await using var bot = await StartBotAsync();
        await DiscordTestHost.WaitUntilAsync("a heartbeat", () => _server.Gateway.Heartbeats >= 1);

        _server.Gateway.Drop();
        var id = await _server.Gateway.DispatchCommandAsync("help", NoOptions, "100", 0);

        var answer = await bot.WaitForAnswerAsync(id);
        Assert.Equal(4, answer.Type);
        var resume = Assert.Single(_server.Gateway.Resumes);
        Assert.NotNull((string?)resume["d"]!["session_id"]);
        Assert.Equal(2, (int?)resume["d"]!["seq"]);
        Assert.Single(_server.Gateway.Identifies);
    }

    [Fact]
    public async Task Reconnect_Op7_ResumesWithoutIdentifying()
    {
        await using var bot = await StartBotAsync();

        await _server.Gateway.SendReconnectAsync();

        await DiscordTestHost.WaitUntilAsync("the bot resumed", () => _server.Gateway.Resumes.Count == 1 && _server.Gateway.IsReady);
        Assert.Single(_server.Gateway.Identifies);
        Assert.Equal(2, _server.Gateway.Connections);
    }

    [Fact]
    public async Task InvalidSession_Resumable_Resumes()
    {
        await using var bot = await StartBotAsync();

        await _server.Gateway.SendInvalidSessionAsync(resumable: true);

        await DiscordTestHost.WaitUntilAsync("the bot resumed", () => _server.Gateway.Resumes.Count == 1 && _server.Gateway.IsReady);
        Assert.Single(_server.Gateway.Identifies);
    }

    [Fact]
    public async Task InvalidSession_NotResumable_IdentifiesAgainAfterAPause()
    {
        await using var bot = await StartBotAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await _server.Gateway.SendInvalidSessionAsync(resumable: false);

        await DiscordTestHost.WaitUntilAsync("the bot identified again", () => _server.Gateway.Identifies.Count == 2, seconds: 15);
        Assert.Empty(_server.Gateway.Resumes);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"identified again after {clock.Elapsed}");
    }

    [Fact]
    public async Task MissedHeartbeatAck_IsAZombieConnection_ReconnectsAndResumes()
    {
        await using var bot = await StartBotAsync();

        _server.Gateway.WithholdAcks = true;
        await DiscordTestHost.WaitUntilAsync("the bot gave up on the silent connection", () => _server.Gateway.Resumes.Count >= 1, seconds: 10);

        Assert.Single(_server.Gateway.Identifies);
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4014)]
    public async Task FatalCloseCode_StopsTheBotWithoutReconnecting(int code)
    {
        await using var bot = await StartBotAsync();

        await _server.Gateway.CloseAsync(code, "fatal");

        await DiscordTestHost.WaitUntilAsync("the bot stopped", () => bot.Lifetime.ApplicationStopping.IsCancellationRequested);
        await Task.Delay(300);
        Assert.Equal(1, _server.Gateway.Connections);
    }

    [Fact]
    public async Task CloseCode4000_Resumes()
    {
        await using var bot = await StartBotAsync();

        await _server.Gateway.CloseAsync(4000, "unknown error");

        await DiscordTestHost.WaitUntilAsync("the bot resumed", () => _server.Gateway.Resumes.Count == 1 && _server.Gateway.IsReady);
    }
}
