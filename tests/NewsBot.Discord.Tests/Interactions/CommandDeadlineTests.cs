using NewsBot.Testing.Discord;
using NewsBot.Testing.Stores;
using Xunit.Abstractions;

namespace NewsBot.Discord.Tests.Interactions;

/// <summary>
/// A command whose store blocks its thread for 5 s, against the loopback Discord fake: the deferral must go out
/// while the store still blocks, and the answer come as a follow-up.
/// </summary>
public sealed class CommandDeadlineTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int DeferAfterMilliseconds = 300;
    private static readonly TimeSpan Block = TimeSpan.FromSeconds(5);

    private FakeDiscordServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeDiscordServer.StartAsync(CancellationToken.None);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<DiscordTestHost> StartAsync(BlockingStoryQueries stories)
    {
        var bot = await DiscordTestHost.StartAsync(
            _server, new() { ["Discord:DeferAfterMilliseconds"] = DeferAfterMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture) }, stories);
        await DiscordTestHost.WaitUntilAsync("the bot identified", () => _server.Gateway.IsReady);
        return bot;
    }

    [Fact]
    public async Task Command_StoreBlocksItsThreadFiveSeconds_IsDeferredWhileItBlocks_ThenAnsweredByEditingTheOriginal()
    {
        using var stories = new BlockingStoryQueries(new InMemoryStoryQueries(), Block);
        await using var bot = await StartAsync(stories);

        var sentAt = TimeProvider.System.GetUtcNow();
        var id = await _server.Gateway.DispatchCommandAsync("latest", new Dictionary<string, string> { ["query"] = "japon" }, "100", 0);
        await DiscordTestHost.WaitUntilAsync("the follow-up", () => _server.Answers.Any(a => a.InteractionId == id && a.IsFollowUp));

        var answers = _server.Answers.Where(a => a.InteractionId == id).ToList();
        var deferral = answers[0];
        Assert.Equal(5, deferral.Type);
        var deferredAfter = deferral.At - sentAt;

        // The order, not a tight time: the deferral reached Discord while the store still held its thread.
        Assert.True(deferral.At < stories.FinishedAt, $"deferred at {deferral.At:O}, the store let go at {stories.FinishedAt:O}");
        var reply = Assert.Single(answers, a => a.IsFollowUp);
        Assert.False(reply.IsNewMessage);
        Assert.NotNull(reply.FirstEmbedTitle);
        Assert.True(reply.At >= deferral.At);
        output.WriteLine($"deferred {deferredAfter.TotalMilliseconds:0} ms after the dispatch (DeferAfterMilliseconds {DeferAfterMilliseconds}); answered {(reply.At - deferral.At).TotalMilliseconds:0} ms later");
    }

    [Fact]
    public async Task Refusal_FoundAfterADeferral_IsAnEphemeralFollowUp_AndTheThinkingMessageIsDeleted()
    {
        // Held until the deferral is seen: on a loaded machine the defer timer may otherwise fire after a short
        // block ended, and the command is then rightly answered at once.
        using var stories = new BlockingStoryQueries(new InMemoryStoryQueries(), Block, untilReleased: true);
        await using var bot = await StartAsync(stories);

        var id = await _server.Gateway.DispatchCommandAsync("why", new Dictionary<string, string> { ["article"] = "https://example.org/unknown" }, "100", 0);
        try
        {
            await DiscordTestHost.WaitUntilAsync("the deferral", () => _server.Answers.Any(a => a.InteractionId == id));
            stories.Release();
            await DiscordTestHost.WaitUntilAsync("the follow-up", () => _server.Answers.Any(a => a.InteractionId == id && a.IsFollowUp));
        }
        finally
        {
            foreach (var request in _server.Requests)
            {
                output.WriteLine($"{request.At:HH:mm:ss.fff} {request.Method} {request.Path} {request.Status}");
            }

            foreach (var answer in _server.Answers)
            {
                output.WriteLine($"{answer.At:HH:mm:ss.fff} {answer.InteractionId} type {answer.Type} follow-up {answer.IsFollowUp}");
            }
        }

        var answers = _server.Answers.Where(a => a.InteractionId == id).ToList();
        Assert.Equal(5, answers[0].Type);
        var refusal = Assert.Single(answers, a => a.IsFollowUp);
        Assert.True(refusal.IsNewMessage, "the follow-up did not replace the public thinking message");
        Assert.Equal(64, refusal.Flags);
        Assert.Contains(id, _server.DeletedOriginals);
        var webhookCalls = _server.Requests.Where(r => r.Path.StartsWith("/webhooks/", StringComparison.Ordinal)).Select(r => r.Method).ToList();
        Assert.Equal(["DELETE", "POST"], webhookCalls);
    }
}
