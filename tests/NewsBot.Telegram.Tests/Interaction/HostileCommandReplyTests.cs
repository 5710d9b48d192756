using NewsBot.Testing.Telegram;

namespace NewsBot.Telegram.Tests.Interaction;

/// <summary>Hostile commands through the loopback Bot API: each answered once, in valid HTML, showing what was typed.</summary>
#pragma warning disable CA1001 // The harness is disposed in IAsyncLifetime.DisposeAsync, which the analyzer does not know of.
public sealed class HostileCommandReplyTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private const long Group = -1001700;
    private const long Admin = 21;

    private FakeBotApi _fake = null!;
    private TelegramHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeBotApi.StartAsync();
        _fake.SetMember(Group, Admin, "administrator");
        _harness = new TelegramHarness(_fake);
        await _harness.StartPollingAsync();
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task Subscribe_TopicWithHtmlAndEntities_IsEchoedEscapedAsTyped()
    {
        _fake.PushMessage(Group, "supergroup", Admin, "/subscribe \"</a><b>kyiv</b>\" &amp; <i>odesa</i>");

        var reply = await _fake.WaitForMessageAsync(m => m.Visible.Contains("Subscribed", StringComparison.Ordinal));

        Assert.Null(TelegramHtmlCheck.Parse(reply.Text).Error);
        Assert.Contains("“\"</a><b>kyiv</b>\" &amp; <i>odesa</i>”", reply.Visible, StringComparison.Ordinal);
        Assert.Empty(_fake.Violations);
    }

    [Fact]
    public async Task Latest_QueryOfThousandsOfCharacters_GetsOneShortRefusal()
    {
        _fake.PushMessage(Group, "supergroup", Admin, "/latest " + string.Join(" OR ", Enumerable.Repeat("kyiv", 500)));

        var reply = await _fake.WaitForMessageAsync(m => m.Visible.Contains("too long", StringComparison.Ordinal));

        Assert.Contains("This latest command is too long", reply.Visible, StringComparison.Ordinal);
        Assert.Contains("at most 1000", reply.Visible, StringComparison.Ordinal);
        Assert.True(reply.Visible.Length < 200, reply.Visible);
        Assert.Empty(_fake.Violations);
    }
}
