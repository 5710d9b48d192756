using NewsBot.Core.Commands;
using NewsBot.Core.Subscriptions;

namespace NewsBot.Core.Tests.Commands.Subscribe;

public sealed class SubscribeHandlerTests : IDisposable
{
    private readonly CommandHarness _bot = new(new Dictionary<string, string?> { ["Commands:MaxSubscriptionsPerChannel"] = "2" });

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Subscribe_Query_StoresAnInstantSubscriptionForTheChannel()
    {
        var reply = await _bot.RunAsync("/subscribe \"corée du nord\" OR pyongyang");

        var stored = Assert.Single(await _bot.Subscriptions.ListByChannelAsync(CommandHarness.Channel, CancellationToken.None));
        Assert.Equal(("\"corée du nord\" OR pyongyang", SubscriptionMode.Instant, "admin", Stories.Now), (stored.Query, stored.Mode, stored.CreatedBy, stored.CreatedAt));
        Assert.False(reply.IsError);
        Assert.Equal("Subscribed to “\"corée du nord\" OR pyongyang”", reply.Title);
        Assert.Equal([$"#{stored.Id}: instant alerts · all languages.", $"unsubscribe {stored.Id} stops it."], reply.Lines);
    }

    [Fact]
    public async Task Subscribe_DigestOptions_AreStored()
    {
        var stored = await _bot.SubscribedAsync("/subscribe ukraine mode:digest at:7h30 tz:europe/paris lang:FR,en");

        Assert.Equal((SubscriptionMode.Digest, (TimeOnly?)new TimeOnly(7, 30), "Europe/Paris"), (stored.Mode, stored.DigestAt, stored.TimeZone));
        Assert.Equal(["fr", "en"], stored.Languages);
        Assert.Equal("ukraine", stored.Query);
    }

    [Fact]
    public async Task Subscribe_AtAlone_MeansADigestInUtc()
    {
        var stored = await _bot.SubscribedAsync("/subscribe ukraine at:18:00");

        Assert.Equal((SubscriptionMode.Digest, (TimeOnly?)new TimeOnly(18, 0), "UTC"), (stored.Mode, stored.DigestAt, stored.TimeZone));
    }

    [Fact]
    public async Task Subscribe_DigestWithoutTime_ComesAtEightUtc()
    {
        var stored = await _bot.SubscribedAsync("/subscribe ukraine mode:digest");

        Assert.Equal(((TimeOnly?)new TimeOnly(8, 0), "UTC"), (stored.DigestAt, stored.TimeZone));
    }

    [Theory]
    [InlineData("/subscribe ukraine tz:Europe/Pariss", "tz:Europe/Pariss is not a time zone I know: use an IANA name such as Europe/Paris or America/New_York.")]
    [InlineData("/subscribe ukraine tz:../../etc/passwd", "tz:../../etc/passwd is not a time zone I know: use an IANA name such as Europe/Paris or America/New_York.")]
    [InlineData("/subscribe ukraine at:25:00", "at:25:00 is not a time of day: write it as HH:MM, e.g. at:08:00.")]
    [InlineData("/subscribe ukraine at:midi", "at:midi is not a time of day: write it as HH:MM, e.g. at:08:00.")]
    [InlineData("/subscribe ukraine mode:weekly", "mode:weekly is not a mode: use mode:instant or mode:digest.")]
    [InlineData("/subscribe ukraine lang:de", "lang:de: I can only tell fr and en apart, so use lang:fr, lang:en or lang:fr,en.")]
    [InlineData("/subscribe ukraine tz:", "tz: needs a value, e.g. tz:Europe/Paris.")]
    [InlineData("/subscribe ukraine mode:instant at:08:00", "at: and tz: set the time of a daily digest: use them with mode:digest, or leave out mode:instant.")]
    public async Task Subscribe_BadOption_SaysWhatIsWrong(string message, string line)
    {
        var reply = await _bot.RunAsync(message);

        Assert.True(reply.IsError);
        Assert.Equal("I can't use this option", reply.Title);
        Assert.Equal([line], reply.Lines);
        Assert.Empty(await _bot.Subscriptions.ListByChannelAsync(CommandHarness.Channel, CancellationToken.None));
    }

    [Fact]
    public async Task Subscribe_OptionTwice_IsRefused()
    {
        var reply = await _bot.RunAsync("/subscribe ukraine at:08:00 at:09:00");

        Assert.True(reply.IsError);
        Assert.Equal(["at: appears more than once; keep one."], reply.Lines);
    }

    [Theory]
    [InlineData("/subscribe")]
    [InlineData("/subscribe mode:digest")]
    public async Task Subscribe_NoQuery_ShowsAnExample(string message)
    {
        var reply = await _bot.RunAsync(message);

        Assert.True(reply.IsError);
        Assert.Equal("subscribe needs a topic", reply.Title);
        Assert.Equal(["For example: subscribe corée du nord"], reply.Lines);
    }

    [Fact]
    public async Task Subscribe_InvalidQuery_SaysWhereWithoutExceptionText()
    {
        var reply = await _bot.RunAsync("/subscribe ukraine AND (russie");

        Assert.True(reply.IsError);
        Assert.Equal("I can't read this topic", reply.Title);
        Assert.Equal("Unbalanced parenthesis at 13.", reply.Lines[0]);
        Assert.Equal("Here: ukraine AND ▸(russie", reply.Lines[1]);
        Assert.DoesNotContain("Exception", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_SameQueryAgain_SaysItExists()
    {
        var first = await _bot.SubscribedAsync("/subscribe ukraine");

        var reply = await _bot.RunAsync("/subscribe ukraine mode:digest");

        Assert.False(reply.IsError);
        Assert.Equal("Already subscribed to “ukraine”", reply.Title);
        Assert.Contains($"To change its options, unsubscribe {first.Id} and subscribe again.", reply.Lines);
        Assert.Single(await _bot.Subscriptions.ListByChannelAsync(CommandHarness.Channel, CancellationToken.None));
    }

    [Fact]
    public async Task Subscribe_OverTheChannelCap_IsRefused()
    {
        await _bot.SubscribedAsync("/subscribe ukraine");
        await _bot.SubscribedAsync("/subscribe gaza");

        var reply = await _bot.RunAsync("/subscribe soudan");

        Assert.True(reply.IsError);
        Assert.Equal("This channel has all the subscriptions it may have", reply.Title);
        Assert.Equal(["It has 2, the most allowed here is 2. Remove one with unsubscribe <id> first; subscriptions lists them."], reply.Lines);
        Assert.Equal(2, (await _bot.Subscriptions.ListByChannelAsync(CommandHarness.Channel, CancellationToken.None)).Count);
    }
}
