using System.Text.Json.Nodes;
using NewsBot.Testing.Discord;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class GuildMembershipTests : IAsyncLifetime
{
    private const string Guild = "200000000000000001";
    private FakeDiscordServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeDiscordServer.StartAsync(CancellationToken.None);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static JsonObject GuildCreate(params string[] channels) => new()
    {
        ["id"] = Guild,
        ["name"] = "news",
        ["channels"] = new JsonArray(channels.Select(c => (JsonNode)new JsonObject { ["id"] = c, ["type"] = 0 }).ToArray()),
    };

    private async Task<DiscordTestHost> StartWithSubscriptionAsync()
    {
        var bot = await DiscordTestHost.StartAsync(_server);
        await DiscordTestHost.WaitUntilAsync("the bot identified", () => _server.Gateway.IsReady);
        await _server.Gateway.DispatchAsync("GUILD_CREATE", GuildCreate("100", "101"));
        var id = await _server.Gateway.DispatchCommandAsync("subscribe", new Dictionary<string, string> { ["query"] = "japon" }, "100", 16);
        await bot.WaitForAnswerAsync(id);
        Assert.Single(await bot.Subscriptions.ListActiveAsync(CancellationToken.None));
        return bot;
    }

    [Fact]
    public async Task GuildDelete_BotRemoved_PausesTheSubscriptionsOfItsChannelsAndReAddResumesThem()
    {
        await using var bot = await StartWithSubscriptionAsync();

        await _server.Gateway.DispatchAsync("GUILD_DELETE", new JsonObject { ["id"] = Guild });
        await DiscordTestHost.WaitUntilAsync("the subscription is paused", () => bot.Subscriptions.ListActiveAsync(CancellationToken.None).Result.Count == 0);

        await _server.Gateway.DispatchAsync("GUILD_CREATE", GuildCreate("100", "101"));
        await DiscordTestHost.WaitUntilAsync("the subscription is resumed", () => bot.Subscriptions.ListActiveAsync(CancellationToken.None).Result.Count == 1);
    }

    [Fact]
    public async Task GuildDelete_Unavailable_IsAnOutageAndPausesNothing()
    {
        await using var bot = await StartWithSubscriptionAsync();

        await _server.Gateway.DispatchAsync("GUILD_DELETE", new JsonObject { ["id"] = Guild, ["unavailable"] = true });
        var marker = await _server.Gateway.DispatchCommandAsync("help", new Dictionary<string, string>(), "100", 0);
        await bot.WaitForAnswerAsync(marker);

        Assert.Single(await bot.Subscriptions.ListActiveAsync(CancellationToken.None));
    }
}
