using NewsBot.Core.Commands;
using NewsBot.Testing.Discord;
using NewsBot.Testing.Stores;

namespace NewsBot.Discord.Tests.Interactions;

public sealed class DeferredInteractionTests : IAsyncLifetime
{
    private FakeDiscordServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeDiscordServer.StartAsync(CancellationToken.None);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task SlowCommand_IsDeferredWithinTheWindowThenCompletedByEditingTheOriginal()
    {
        var slow = new SlowStoryQueries(new InMemoryStoryQueries(), TimeSpan.FromSeconds(1));
        await using var bot = await DiscordTestHost.StartAsync(_server, new() { ["Discord:DeferAfterMilliseconds"] = "200" }, slow);
        await DiscordTestHost.WaitUntilAsync("the bot identified", () => _server.Gateway.IsReady);

        var id = await _server.Gateway.DispatchCommandAsync("latest", new Dictionary<string, string> { ["query"] = "japon" }, "100", 0);

        await DiscordTestHost.WaitUntilAsync("the follow-up", () => _server.Answers.Any(a => a.InteractionId == id && a.IsFollowUp));
        var answers = _server.Answers.Where(a => a.InteractionId == id).ToList();
        Assert.Equal(5, answers[0].Type);
        Assert.True(answers[1].IsFollowUp);
        Assert.NotNull(answers[1].FirstEmbedTitle);
        Assert.True(answers[1].At >= answers[0].At);
    }

    private sealed class SlowStoryQueries(IStoryQueries inner, TimeSpan delay) : IStoryQueries
    {
        public async Task<IReadOnlyList<StoryView>> ListRecentAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken)
        {
            await Task.Delay(delay, cancellationToken);
            return await inner.ListRecentAsync(since, limit, cancellationToken);
        }

        public Task<ArticleView?> FindArticleAsync(string urlOrId, CancellationToken cancellationToken) => inner.FindArticleAsync(urlOrId, cancellationToken);
    }
}
