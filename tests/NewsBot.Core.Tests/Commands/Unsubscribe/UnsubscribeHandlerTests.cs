using NewsBot.Core.Delivery;

namespace NewsBot.Core.Tests.Commands.Unsubscribe;

public sealed class UnsubscribeHandlerTests : IDisposable
{
    private readonly CommandHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("/unsubscribe {0}")]
    [InlineData("/unsubscribe #{0}")]
    [InlineData("/unsubscribe  Corée  du Nord ")]
    public async Task Unsubscribe_ByIdOrTopic_RemovesIt(string message)
    {
        var keep = await _bot.SubscribedAsync("/subscribe ukraine");
        var gone = await _bot.SubscribedAsync("/subscribe corée du nord");

        var reply = await _bot.RunAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, message, gone.Id));

        Assert.False(reply.IsError);
        Assert.Equal("Unsubscribed from “corée du nord”", reply.Title);
        Assert.Equal([keep], await _bot.Subscriptions.ListByChannelAsync(CommandHarness.Channel, CancellationToken.None));
    }

    [Fact]
    public async Task Unsubscribe_UnknownId_ListsTheChannelsSubscriptions()
    {
        var kept = await _bot.SubscribedAsync("/subscribe ukraine");

        var reply = await _bot.RunAsync("/unsubscribe 99");

        Assert.True(reply.IsError);
        Assert.Equal("There is no subscription #99 in this channel", reply.Title);
        Assert.Equal([$"Its subscriptions: #{kept.Id} “ukraine”."], reply.Lines);
    }

    [Fact]
    public async Task Unsubscribe_AnotherChannelsId_IsUnknownHere()
    {
        var elsewhere = new ChannelAddress("discord", "42");
        await _bot.RunAsync("/subscribe ukraine", CommandHarness.Manager(elsewhere));
        var theirs = (await _bot.Subscriptions.ListByChannelAsync(elsewhere, CancellationToken.None))[0];

        var reply = await _bot.RunAsync($"/unsubscribe {theirs.Id}");

        Assert.True(reply.IsError);
        Assert.Equal(["This channel has no subscriptions."], reply.Lines);
        Assert.Single(await _bot.Subscriptions.ListByChannelAsync(elsewhere, CancellationToken.None));
    }

    [Fact]
    public async Task Unsubscribe_UnknownTopic_SaysSo()
    {
        var reply = await _bot.RunAsync("/unsubscribe gaza");

        Assert.True(reply.IsError);
        Assert.Equal("No subscription of this channel has the topic “gaza”", reply.Title);
    }

    [Fact]
    public async Task Unsubscribe_Nothing_AsksForAnId()
    {
        var reply = await _bot.RunAsync("/unsubscribe");

        Assert.True(reply.IsError);
        Assert.Equal(["Give its id or its topic, e.g. unsubscribe 3; subscriptions lists them."], reply.Lines);
    }

    [Fact]
    public async Task Unsubscribe_HugeNumber_IsAnUnknownId()
    {
        var reply = await _bot.RunAsync("/unsubscribe 99999999999999999999999");

        Assert.True(reply.IsError);
        Assert.Equal("There is no subscription #99999999999999999999999 in this channel", reply.Title);
    }
}
