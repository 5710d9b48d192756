using NewsBot.Core.Commands;

namespace NewsBot.Core.Tests.Commands;

public sealed class CommandTests
{
    [Theory]
    [InlineData("/subscribe corée du nord", "subscribe", "corée du nord")]
    [InlineData("/subscribe@NewsBot  \"corée du nord\" mode:digest ", "subscribe", "\"corée du nord\" mode:digest")]
    [InlineData("figures", "figures", "")]
    [InlineData("/HELP\tsubscribe", "HELP", "subscribe")]
    public void Parse_Message_SplitsNameAndText(string message, string name, string text)
    {
        var command = Command.Parse(message);

        Assert.Equal((name, text), (command.Name, command.Text));
    }

    [Theory]
    [InlineData("/subscribe@NewsBot corée", "NewsBot")]
    [InlineData("/figures@other_bot", "other_bot")]
    [InlineData("/help", null)]
    [InlineData("/help email@example.org", null)]
    public void Parse_BotNamedAfterTheCommand_IsTheMention(string message, string? mention) =>
        Assert.Equal(mention, Command.Parse(message).Mention);

    [Fact]
    public void FromOptions_SlashCommandOptions_AreWrittenAsTyped()
    {
        var command = Command.FromOptions("subscribe", "ukraine", [new("mode", "digest"), new("tz", "America/New_York"), new("at", null), new("lang", "fr, en")]);

        Assert.Equal("ukraine mode:digest tz:America/New_York lang:\"fr, en\"", command.Text);
    }
}
