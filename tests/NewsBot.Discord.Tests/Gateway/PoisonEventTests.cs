using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Testing.Discord;
using NewsBot.Testing.Metrics;

namespace NewsBot.Discord.Tests.Gateway;

/// <summary>One gateway event the bot cannot read or handle never stops the others.</summary>
public sealed class PoisonEventTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string> NoOptions = [];
    private FakeDiscordServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeDiscordServer.StartAsync(CancellationToken.None);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task UnreadableFrame_IsSkippedAndCounted_LaterInteractionsAreAnswered_AndAResumeDoesNotAskForItAgain()
    {
        await using var bot = await StartBotAsync();
        using var failed = Failures(bot);

        var poison = await _server.Gateway.DispatchFrameAsync(new JsonObject { ["op"] = 0, ["t"] = 42, ["d"] = new JsonObject() });
        await bot.WaitForAnswerAsync(await _server.Gateway.DispatchCommandAsync("help", NoOptions, "100", 0));
        _server.Gateway.Drop();
        await bot.WaitForAnswerAsync(await _server.Gateway.DispatchCommandAsync("help", NoOptions, "100", 0));

        Assert.Equal(1, failed.Of("unreadable"));
        Assert.Single(_server.Gateway.Identifies);
        Assert.True((int?)Assert.Single(_server.Gateway.Resumes)["d"]!["seq"] > poison);
    }

    [Fact]
    public async Task InteractionThatCannotBeRead_IsLoggedAndCounted_AndTheNextIsAnswered()
    {
        await using var bot = await StartBotAsync();
        using var failed = Failures(bot);

        await _server.Gateway.DispatchAsync("INTERACTION_CREATE", new JsonObject { ["id"] = new JsonArray(), ["type"] = 2 });
        await DiscordTestHost.WaitUntilAsync("the bad interaction was counted", () => failed.Of("interaction") == 1);
        var answer = await bot.WaitForAnswerAsync(await _server.Gateway.DispatchCommandAsync("help", NoOptions, "100", 0));

        Assert.Equal(4, answer.Type);
    }

    [Fact]
    public async Task SameInteractionDeliveredTwice_RunsOnceAndIsAnsweredOnce()
    {
        await using var bot = await StartBotAsync();
        using var duplicates = new CounterRecorder(bot.Host.Services.GetRequiredService<DiscordMetrics>().Meter, "newsbot.discord.interactions.duplicates");
        var interaction = new JsonObject
        {
            ["id"] = "900000000000000009",
            ["application_id"] = FakeDiscordServer.ApplicationId,
            ["type"] = 2,
            ["token"] = "itoken-twice",
            ["version"] = 1,
            ["guild_id"] = "200000000000000001",
            ["channel_id"] = "100",
            ["channel"] = new JsonObject { ["id"] = "100", ["type"] = 0 },
            ["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = "3", ["username"] = "admin" }, ["permissions"] = "16" },
            ["data"] = new JsonObject
            {
                ["id"] = "500000000000000001",
                ["name"] = "subscribe",
                ["type"] = 1,
                ["options"] = new JsonArray(new JsonObject { ["name"] = "query", ["type"] = 3, ["value"] = "japon" }),
            },
        };

        await _server.Gateway.DispatchAsync("INTERACTION_CREATE", interaction);
        await _server.Gateway.DispatchAsync("INTERACTION_CREATE", (JsonObject)interaction.DeepClone());
        await bot.WaitForAnswerAsync("900000000000000009");
        await DiscordTestHost.WaitUntilAsync("the second delivery was recognised", () => duplicates.Total == 1);

        Assert.Single(_server.Answers, a => a.InteractionId == "900000000000000009");
        Assert.Single(await bot.Subscriptions.ListActiveAsync(CancellationToken.None));
    }

    private static CounterRecorder Failures(DiscordTestHost bot) =>
        new(bot.Host.Services.GetRequiredService<DiscordMetrics>().Meter, "newsbot.discord.events.failed", "kind");

    private async Task<DiscordTestHost> StartBotAsync()
    {
        var bot = await DiscordTestHost.StartAsync(_server);
        await DiscordTestHost.WaitUntilAsync("the bot identified", () => _server.Gateway.IsReady);
        await bot.WaitForAnswerAsync(await _server.Gateway.DispatchCommandAsync("help", NoOptions, "100", 0));
        return bot;
    }
}
