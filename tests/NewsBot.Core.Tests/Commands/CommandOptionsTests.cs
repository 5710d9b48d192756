using Microsoft.Extensions.Options;
using NewsBot.Core.Commands;

namespace NewsBot.Core.Tests.Commands;

public sealed class CommandOptionsTests
{
    [Fact]
    public async Task Validate_OutOfRange_NamesTheKey()
    {
        using var bot = new CommandHarness(new Dictionary<string, string?> { ["Commands:QueriesPerMinutePerChannel"] = "0" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => bot.Service.HandleAsync(Command.Parse("/latest x"), CommandHarness.Member(), CancellationToken.None));

        Assert.Contains("Commands:QueriesPerMinutePerChannel must be between 1 and 600.", error.Message, StringComparison.Ordinal);
    }
}
