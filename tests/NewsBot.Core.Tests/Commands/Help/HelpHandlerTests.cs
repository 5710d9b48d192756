namespace NewsBot.Core.Tests.Commands.Help;

public sealed class HelpHandlerTests : IDisposable
{
    private readonly CommandHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Help_ListsEveryCommandWithItsUsage()
    {
        var reply = await _bot.RunAsync("/help", CommandHarness.Member());

        Assert.True(reply.Ephemeral);
        var items = Assert.Single(reply.Sections).Items;
        Assert.Equal(7, items.Count);
        Assert.StartsWith("subscribe <query> [mode:instant|digest]", items[0].Text, StringComparison.Ordinal);
        Assert.Equal("Channel managers only.", items[0].Details[^1]);
    }

    [Theory]
    [InlineData("/help figures")]
    [InlineData("/help /FIGURES")]
    public async Task Help_OneCommand_ExplainsIt(string message)
    {
        var reply = await _bot.RunAsync(message);

        Assert.Equal("figures <query>", reply.Title);
        Assert.StartsWith("The latest key figures on a topic", reply.Lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_UnknownCommand_ListsTheCommands()
    {
        var reply = await _bot.RunAsync("/help weather");

        Assert.True(reply.IsError);
        Assert.Equal("There is no command “weather”", reply.Title);
    }

    [Fact]
    public async Task Start_IsHelp()
    {
        Assert.Equal("NewsBot commands", (await _bot.RunAsync("/start")).Title);
    }
}
