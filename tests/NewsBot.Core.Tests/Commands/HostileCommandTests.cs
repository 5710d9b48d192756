using System.Net;
using System.Net.Sockets;
using NewsBot.Core.Commands;

namespace NewsBot.Core.Tests.Commands;

public sealed class HostileCommandTests : IDisposable
{
    private readonly CommandHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Latest_FiveThousandCharacterQuery_IsRefusedAsTooLongBeforeParsing()
    {
        var reply = await _bot.RunAsync("/latest " + string.Join(' ', Enumerable.Repeat("ukraine", 625)));

        Assert.True(reply.IsError);
        Assert.Equal("This latest command is too long", reply.Title);
        Assert.Equal("4999 characters, at most 1000.", Assert.Single(reply.Lines));
    }

    [Fact]
    public async Task Subscribe_QueryOverItsOwnLimit_SaysHowLongAndTheMost()
    {
        var reply = await _bot.RunAsync("/subscribe " + string.Join(' ', Enumerable.Repeat("kyiv", 120)));

        Assert.True(reply.IsError);
        Assert.Equal("This topic is too long", reply.Title);
        Assert.Equal("599 characters, at most 500.", reply.Lines[0]);
        Assert.Equal(0, await CountAsync(_bot));
    }

    [Fact]
    public async Task Subscribe_FiveHundredOrs_IsRefusedWithOneShortAnswer()
    {
        var reply = await _bot.RunAsync("/subscribe " + string.Join(" OR ", Enumerable.Range(0, 501).Select(i => "w" + i)));

        Assert.True(reply.IsError);
        Assert.Equal("This subscribe command is too long", reply.Title);
        Assert.Single(reply.Lines);
    }

    [Fact]
    public async Task Subscribe_ManyOrsWithinTheLength_SaysTooManyTerms()
    {
        var reply = await _bot.RunAsync("/subscribe " + string.Join(" OR ", Enumerable.Range(0, 60).Select(i => "w" + i)));

        Assert.True(reply.IsError);
        Assert.StartsWith("Too many terms (at most 20 words) at ", reply.Lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Latest_DeeplyNestedParentheses_SaysTooDeepWithoutRecursingIntoThem()
    {
        var reply = await _bot.RunAsync("/latest " + new string('(', 240) + "a" + new string(')', 240));

        Assert.True(reply.IsError);
        Assert.Equal("Too deeply nested (at most 5 levels of parentheses) at 6.", reply.Lines[0]);
    }

    [Fact]
    public async Task Subscribe_LimitsLoweredInConfiguration_AnswerWithTheConfiguredMost()
    {
        using var bot = new CommandHarness(new Dictionary<string, string?>
        {
            ["Commands:MaxQueryTerms"] = "3",
            ["Commands:MaxQueryDepth"] = "1",
            ["Commands:MaxQueryLength"] = "40",
            ["Commands:MaxCommandLength"] = "100",
        });

        var terms = await bot.RunAsync("/subscribe kyiv OR odesa OR lviv OR kharkiv");
        var depth = await bot.RunAsync("/subscribe ((kyiv) lviv)");
        var length = await bot.RunAsync("/subscribe " + string.Join(' ', Enumerable.Repeat("kyiv", 10)));
        var command = await bot.RunAsync("/subscribe " + new string('a', 101));

        Assert.Equal(("This topic has too many words", "4 words, at most 3."), (terms.Title, terms.Lines[0]));
        Assert.Equal(("This topic is nested too deeply", "2 levels of parentheses, at most 1."), (depth.Title, depth.Lines[0]));
        Assert.Equal(("This topic is too long", "49 characters, at most 40."), (length.Title, length.Lines[0]));
        Assert.Equal(("This subscribe command is too long", "101 characters, at most 100."), (command.Title, command.Lines[0]));
        Assert.Equal(0, await CountAsync(bot));
    }

    [Fact]
    public async Task Subscribe_HundredInARow_StopsAtTheChannelLimitSayingSoEachTime()
    {
        var replies = new List<Reply>();
        for (var i = 0; i < 100; i++)
        {
            replies.Add(await _bot.RunAsync($"/subscribe topic{i}"));
        }

        Assert.All(replies.Take(25), r => Assert.False(r.IsError, r.ToPlainText()));
        Assert.All(replies.Skip(25), r =>
        {
            Assert.True(r.IsError);
            Assert.Equal("This channel has all the subscriptions it may have", r.Title);
            Assert.Contains("It has 25, the most allowed here is 25.", r.Lines[0], StringComparison.Ordinal);
        });
        Assert.Equal(25, await CountAsync(_bot));
    }

    [Fact]
    public async Task Why_LinkToAPrivateAddress_IsLookedUpButNeverFetched()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var loopback = await _bot.RunAsync($"/why http://127.0.0.1:{port}/admin");
        var metadata = await _bot.RunAsync("/why <http://169.254.169.254/latest/meta-data/>");

        Assert.Equal("I don't know this article", loopback.Title);
        Assert.Equal("I don't know this article", metadata.Title);
        Assert.Contains("http://169.254.169.254/latest/meta-data/", metadata.Lines[0], StringComparison.Ordinal);
        Assert.False(listener.Pending(), "why opened a connection to the address it was given");
    }

    [Fact]
    public async Task Why_VeryLongLink_IsEchoedCut()
    {
        var link = "https://example.org/" + new string('x', 900);

        var reply = await _bot.RunAsync("/why " + link);

        Assert.Contains(link[..59] + "…", reply.Lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(link[..61], reply.Lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_VeryLongName_IsEchoedCut()
    {
        var reply = await _bot.RunAsync("/" + new string('z', 800));

        Assert.True(reply.Title.Length < 100, reply.Title);
    }

    [Fact]
    public async Task Subscribe_TopicWithMarkup_IsEchoedAsTypedForTheRendererToEscape()
    {
        var reply = await _bot.RunAsync("/subscribe \"<b>kyiv</b>\" <i>odesa</i>");

        Assert.False(reply.IsError, reply.ToPlainText());
        Assert.Equal("Subscribed to “\"<b>kyiv</b>\" <i>odesa</i>”", reply.Title);
    }

    private static async Task<int> CountAsync(CommandHarness bot) =>
        (await bot.Subscriptions.ListByChannelAsync(CommandHarness.Channel, CancellationToken.None)).Count;
}
