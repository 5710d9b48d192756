using System.Net;
using NewsBot.Testing.Discord;
using NewsBot.Testing.Stores;

namespace NewsBot.Discord.Tests.Interactions;

/// <summary>Command replies that meet a 5xx, against the loopback Discord fake.</summary>
public sealed class ReplyRetryTests : IAsyncLifetime
{
    private FakeDiscordServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeDiscordServer.StartAsync(CancellationToken.None);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    // Quick commands get the default 2 s before a deferral, so that a loaded machine answers them at once.
    private async Task<DiscordTestHost> StartAsync(BlockingStoryQueries? stories = null)
    {
        var bot = await DiscordTestHost.StartAsync(_server, new() { ["Discord:DeferAfterMilliseconds"] = stories is null ? "2000" : "200" }, stories);
        await DiscordTestHost.WaitUntilAsync("the bot identified", () => _server.Gateway.IsReady);
        return bot;
    }

    private List<FakeDiscordRequest> CallsTo(string prefix) =>
        _server.Requests.Where(r => r.Path.StartsWith(prefix, StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task Callback_502ThenAccepted_IsRetriedAndTheCommandAnswered()
    {
        await using var bot = await StartAsync();
        _server.FailNext("POST", "interactions/", HttpStatusCode.BadGateway);
        _server.FailNext("POST", "interactions/", HttpStatusCode.BadGateway);

        var id = await _server.Gateway.DispatchCommandAsync("help", new Dictionary<string, string>(), "100", 0);
        var answer = await bot.WaitForAnswerAsync(id);

        Assert.Equal(4, answer.Type);
        Assert.Equal([502, 502, 204], CallsTo("/interactions/").Select(r => r.Status));
    }

    [Fact]
    public async Task Callback_TookEffectButItsAnswerWasA502_TheRetryFindsItAcknowledgedAndStops()
    {
        await using var bot = await StartAsync();
        _server.FailNext("POST", "interactions/", HttpStatusCode.BadGateway, afterApplying: true);

        var id = await _server.Gateway.DispatchCommandAsync("help", new Dictionary<string, string>(), "100", 0);
        await bot.WaitForAnswerAsync(id);
        await DiscordTestHost.WaitUntilAsync("the retry", () => CallsTo("/interactions/").Count == 2);
        await Task.Delay(500);

        Assert.Single(_server.Answers, a => a.InteractionId == id && !a.IsFollowUp);
        Assert.Equal([502, 400], CallsTo("/interactions/").Select(r => r.Status));
    }

    [Fact]
    public async Task EditOfTheDeferredResponse_503_IsRetriedWithBackoffAndTheAnswerArrives()
    {
        using var stories = new BlockingStoryQueries(new InMemoryStoryQueries(), TimeSpan.FromSeconds(10), untilReleased: true);
        await using var bot = await StartAsync(stories);
        _server.FailNext("PATCH", "webhooks/", HttpStatusCode.ServiceUnavailable);

        var id = await _server.Gateway.DispatchCommandAsync("latest", new Dictionary<string, string> { ["query"] = "japon" }, "100", 0);
        await DiscordTestHost.WaitUntilAsync("the deferral", () => _server.Answers.Any(a => a.InteractionId == id));
        stories.Release();
        await DiscordTestHost.WaitUntilAsync("the follow-up", () => _server.Answers.Any(a => a.InteractionId == id && a.IsFollowUp));

        var edits = CallsTo("/webhooks/");
        Assert.Equal([503, 200], edits.Select(r => r.Status));
        Assert.True(edits[1].At - edits[0].At >= TimeSpan.FromSeconds(0.9), "the retry waited its backoff");
    }

    [Fact]
    public async Task Callback_KeepsFailing_GivesUpAfterABoundedNumberOfTries()
    {
        await using var bot = await StartAsync();
        for (var i = 0; i < 10; i++)
        {
            _server.FailNext("POST", "interactions/", HttpStatusCode.InternalServerError);
        }

        await _server.Gateway.DispatchCommandAsync("help", new Dictionary<string, string>(), "100", 0);
        await DiscordTestHost.WaitUntilAsync("the bot gave up", () => CallsTo("/interactions/").Count >= 4);
        await Task.Delay(2000);

        Assert.Equal(4, CallsTo("/interactions/").Count);
    }
}
