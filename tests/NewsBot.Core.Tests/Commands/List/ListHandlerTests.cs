using NewsBot.Core.Commands;

namespace NewsBot.Core.Tests.Commands.List;

public sealed class ListHandlerTests : IDisposable
{
    private readonly CommandHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Subscriptions_ListsIdsModesAndLanguages()
    {
        var first = await _bot.SubscribedAsync("/subscribe ukraine");
        var second = await _bot.SubscribedAsync("/subscribe \"corée du nord\" mode:digest at:07:30 tz:Europe/Paris lang:fr");

        var reply = await _bot.RunAsync("/subscriptions", CommandHarness.Member());

        Assert.Equal("Subscriptions here (2 of 25)", reply.Title);
        var items = Assert.Single(reply.Sections).Items;
        Assert.Equal([$"#{first.Id} “ukraine”", $"#{second.Id} “\"corée du nord\"”"], items.Select(i => i.Text));
        Assert.Equal(["instant alerts · all languages"], items[0].Details);
        Assert.Equal(["daily digest at 07:30 Europe/Paris · fr"], items[1].Details);
    }

    [Fact]
    public async Task Subscriptions_Paused_SaysSo()
    {
        await _bot.SubscribedAsync("/subscribe ukraine");
        await _bot.Subscriptions.SetPausedAsync(CommandHarness.Channel, paused: true, CancellationToken.None);

        var reply = await _bot.RunAsync("/subscriptions");

        Assert.EndsWith("paused (the bot cannot post here)", reply.Sections[0].Items[0].Details[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscriptions_None_SaysHowToAddOne()
    {
        var reply = await _bot.RunAsync("/subscriptions");

        Assert.False(reply.IsError);
        Assert.Equal(Reply.Text("No subscriptions here yet", "A channel manager can add one, e.g. subscribe corée du nord.").ToPlainText(), reply.ToPlainText());
    }
}
