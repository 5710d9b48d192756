using NewsBot.Core.Commands;
using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;

namespace NewsBot.Core.Tests.Commands;

public sealed class CommandServiceTests : IDisposable
{
    private readonly CommandHarness _bot = new(new Dictionary<string, string?> { ["Commands:QueriesPerMinutePerChannel"] = "3" });

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Handle_UnknownCommand_ListsTheCommands()
    {
        var reply = await _bot.RunAsync("/subscirbe ukraine");

        Assert.True(reply.IsError);
        Assert.Equal("I don't know the command “subscirbe”", reply.Title);
        Assert.Contains("Commands: subscribe, unsubscribe, subscriptions, latest, figures, why, help.", reply.Lines);
    }

    [Theory]
    [InlineData("/SUBSCRIPTIONS")]
    [InlineData("/Subscriptions@NewsBot")]
    [InlineData("/list")]
    public async Task Handle_NameInAnyCaseOrAlias_RunsTheCommand(string message)
    {
        var reply = await _bot.RunAsync(message);

        Assert.Equal("No subscriptions here yet", reply.Title);
    }

    [Theory]
    [InlineData("/subscribe ukraine")]
    [InlineData("/unsubscribe 1")]
    public async Task Handle_MemberChangingSubscriptions_IsRefusedPolitely(string message)
    {
        var reply = await _bot.RunAsync(message, CommandHarness.Member());

        Assert.True(reply.IsError);
        Assert.True(reply.Ephemeral);
        Assert.StartsWith("Only channel managers can use ", reply.Title, StringComparison.Ordinal);
        Assert.Empty(await _bot.Subscriptions.ListByChannelAsync(CommandHarness.Channel, CancellationToken.None));
    }

    [Theory]
    [InlineData("/latest ukraine")]
    [InlineData("/figures ukraine")]
    [InlineData("/subscriptions")]
    [InlineData("/help")]
    [InlineData("/why 1")]
    public async Task Handle_MemberAskingAQuery_IsAnswered(string message)
    {
        var reply = await _bot.RunAsync(message, CommandHarness.Member());

        Assert.DoesNotContain("Only channel managers", reply.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_QueriesOverTheQuota_SaysWhenToAskAgain()
    {
        await _bot.RunAsync("/latest ukraine", CommandHarness.Member());
        _bot.Clock.Advance(TimeSpan.FromSeconds(20));
        await _bot.RunAsync("/figures ukraine", CommandHarness.Member());
        await _bot.RunAsync("/why 5", CommandHarness.Member());

        var refused = await _bot.RunAsync("/latest ukraine", CommandHarness.Member());

        Assert.True(refused.IsError);
        Assert.Equal(["You can ask again in 40 s."], refused.Lines);
    }

    [Fact]
    public async Task Handle_QuotaWindow_SlidesWithTheOldestQuery()
    {
        for (var i = 0; i < 3; i++)
        {
            await _bot.RunAsync("/latest ukraine");
            _bot.Clock.Advance(TimeSpan.FromSeconds(10));
        }

        Assert.True((await _bot.RunAsync("/latest ukraine")).IsError);
        _bot.Clock.Advance(TimeSpan.FromSeconds(30));

        Assert.False((await _bot.RunAsync("/latest ukraine")).IsError);
        Assert.Equal(["You can ask again in 10 s."], (await _bot.RunAsync("/latest ukraine")).Lines);
    }

    [Fact]
    public async Task Handle_QuotaIsPerChannel()
    {
        for (var i = 0; i < 3; i++)
        {
            await _bot.RunAsync("/latest ukraine");
        }

        var elsewhere = await _bot.RunAsync("/latest ukraine", CommandHarness.Member(new ChannelAddress("discord", "42")));

        Assert.False(elsewhere.IsError);
    }

    [Fact]
    public async Task Handle_HelpAndSubscriptionChanges_DoNotCountAsQueries()
    {
        for (var i = 0; i < 5; i++)
        {
            await _bot.RunAsync("/help");
            await _bot.RunAsync($"/subscribe topic{i}");
        }

        Assert.False((await _bot.RunAsync("/latest ukraine")).IsError);
    }

    [Fact]
    public async Task Handle_StoreFails_RepliesWithoutTheExceptionText()
    {
        using var bot = new CommandHarness(store: new ThrowingStore(new InvalidOperationException("disk on fire")));

        var reply = await bot.Service.HandleAsync(Command.Parse("/subscriptions"), CommandHarness.Manager(), CancellationToken.None);

        Assert.True(reply.IsError);
        Assert.Equal("Something went wrong on my side", reply.Title);
        Assert.DoesNotContain("disk on fire", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        using var bot = new CommandHarness(store: new ThrowingStore(new OperationCanceledException(cancelled.Token)));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            bot.Service.HandleAsync(Command.Parse("/subscriptions"), CommandHarness.Manager(), cancelled.Token));
    }

    [Fact]
    public void Commands_DescribeEveryCommandWithinDiscordLimits()
    {
        Assert.Equal(["subscribe", "unsubscribe", "subscriptions", "latest", "figures", "why", "help"], _bot.Service.Commands.Select(c => c.Name));
        Assert.All(_bot.Service.Commands, c => Assert.InRange(c.Summary.Length, 1, 100));
        Assert.Equal(["subscribe", "unsubscribe"], _bot.Service.Commands.Where(c => c.ManagesChannel).Select(c => c.Name));
    }

    private sealed class ThrowingStore(Exception failure) : ISubscriptionStore
    {
        public Task<Subscription> AddAsync(NewSubscription subscription, CancellationToken cancellationToken) => throw failure;

        public Task<bool> RemoveAsync(ChannelAddress channel, long id, CancellationToken cancellationToken) => throw failure;

        public Task<IReadOnlyList<Subscription>> ListByChannelAsync(ChannelAddress channel, CancellationToken cancellationToken) => throw failure;

        public Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken) => throw failure;

        public Task<int> SetPausedAsync(ChannelAddress channel, bool paused, CancellationToken cancellationToken) => throw failure;

        public Task<int> SetChatPausedAsync(string platform, string channelId, bool paused, CancellationToken cancellationToken) => throw failure;

        public Task<int> MoveChatAsync(string platform, string fromChannelId, string toChannelId, CancellationToken cancellationToken) => throw failure;

        public Task<long> GetVersionAsync(CancellationToken cancellationToken) => throw failure;
    }
}
