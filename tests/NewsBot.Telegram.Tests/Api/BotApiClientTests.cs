using System.Net;
using System.Net.Sockets;
using NewsBot.Telegram.Api;
using NewsBot.Testing.Telegram;

namespace NewsBot.Telegram.Tests.Api;

public sealed class BotApiClientTests : IAsyncLifetime
{
    private FakeBotApi _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeBotApi.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task GetMe_CallsTheTokenPathWithJson_AndReadsTheBot()
    {
        var client = ClientFactory.Create(_fake);

        var me = await client.GetMeAsync(CancellationToken.None);

        Assert.Equal(FakeBotApi.BotUsername, me.Username);
        Assert.True(me.IsBot);
        Assert.Equal(["getMe"], _fake.Calls);
        Assert.Empty(_fake.Violations);
    }

    [Fact]
    public async Task SendMessage_WritesTelegramFieldNames_AndReturnsTheMessage()
    {
        var client = ClientFactory.Create(_fake);

        var message = await client.SendMessageAsync(
            new SendMessageRequest
            {
                ChatId = ChatId.From(-1001234567890123),
                MessageThreadId = 7,
                Text = "<b>Hello</b> &amp; welcome",
                ParseMode = "HTML",
                LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true },
                DisableNotification = true,
                ReplyMarkup = new InlineKeyboardMarkup { InlineKeyboard = [[new InlineKeyboardButton { Text = "OK", CallbackData = "ok" }]] },
            },
            CancellationToken.None);

        var sent = Assert.Single(_fake.Messages);
        Assert.Empty(_fake.Violations);
        Assert.Equal(sent.MessageId, message.MessageId);
        Assert.Equal("-1001234567890123", sent.ChatId);
        Assert.Equal(7, sent.ThreadId);
        Assert.Equal("Hello & welcome", sent.Visible);
        Assert.True(sent.DisableNotification);
        Assert.True(sent.LinkPreviewDisabled);
        Assert.Equal([("OK", (string?)"ok")], sent.Buttons);
    }

    [Fact]
    public async Task SendMessage_Refused429_ThrowsWithRetryAfter()
    {
        _fake.FailNext("sendMessage", 429, "Too Many Requests: retry after 7", retryAfter: 7);
        var client = ClientFactory.Create(_fake);

        var error = await Assert.ThrowsAsync<BotApiException>(() => client.SendMessageAsync(Text(42), CancellationToken.None));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
        Assert.Equal("sendMessage", error.Method);
    }

    [Fact]
    public async Task SendMessage_ToAnUpgradedGroup_ThrowsWithTheSupergroupId()
    {
        _fake.Migrate(-42, -1009876543210);
        var client = ClientFactory.Create(_fake);

        var error = await Assert.ThrowsAsync<BotApiException>(() => client.SendMessageAsync(Text(-42), CancellationToken.None));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal(-1009876543210, error.MigrateToChatId);
    }

    [Fact]
    public async Task SendMessage_Kicked_ThrowsChatUnavailable()
    {
        _fake.Kick(-77);
        var client = ClientFactory.Create(_fake);

        var error = await Assert.ThrowsAsync<BotApiException>(() => client.SendMessageAsync(Text(-77), CancellationToken.None));

        Assert.True(error.IsChatUnavailable);
        Assert.StartsWith("Forbidden", error.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditMessageText_SameText_CountsAsDone()
    {
        var client = ClientFactory.Create(_fake);
        var sent = await client.SendMessageAsync(Text(42), CancellationToken.None);

        await client.EditMessageTextAsync(
            new EditMessageTextRequest { ChatId = ChatId.From(42), MessageId = sent.MessageId, Text = "hi", ParseMode = "HTML" },
            CancellationToken.None);

        Assert.Equal(["sendMessage", "editMessageText"], _fake.Calls);
        Assert.Empty(_fake.Violations);
    }

    [Fact]
    public async Task GetUpdates_SecondPollerArrives_FirstGets409Conflict()
    {
        var first = ClientFactory.Create(_fake);
        var second = ClientFactory.Create(_fake);
        var request = new GetUpdatesRequest { Timeout = 5, AllowedUpdates = ["message"] };

        var waiting = first.GetUpdatesAsync(request, CancellationToken.None);
        await Task.Delay(300);
        var taking = second.GetUpdatesAsync(request with { Timeout = 0 }, CancellationToken.None);

        var error = await Assert.ThrowsAsync<BotApiException>(() => waiting);
        Assert.True(error.IsConflict);
        Assert.Contains("terminated by other getUpdates request", error.Description, StringComparison.Ordinal);
        Assert.Empty(await taking);
    }

    [Fact]
    public async Task GetUpdates_LongPoll_ReturnsAnUpdatePushedWhileWaiting()
    {
        var client = ClientFactory.Create(_fake);

        var polling = client.GetUpdatesAsync(new GetUpdatesRequest { Timeout = 10, AllowedUpdates = ["message"] }, CancellationToken.None);
        await Task.Delay(200);
        var id = _fake.PushMessage(-100, "supergroup", 5, "/help");
        var updates = await polling.WaitAsync(TimeSpan.FromSeconds(5));

        var update = Assert.Single(updates);
        Assert.Equal(id, update.UpdateId);
        Assert.Equal("/help", update.Update?.Message?.Text);
        Assert.Equal(-100, update.Update?.Message?.Chat.Id);
    }

    [Fact]
    public async Task GetUpdates_OneUpdateUnreadable_ReturnsItAsUnreadableWithItsId_AndTheOthersRead()
    {
        var client = ClientFactory.Create(_fake);
        var bad = _fake.PushUnreadable();
        var good = _fake.PushMessage(-100, "supergroup", 5, "/help");

        var updates = await client.GetUpdatesAsync(new GetUpdatesRequest { Timeout = 0, AllowedUpdates = ["message"] }, CancellationToken.None);

        Assert.Equal(2, updates.Count);
        Assert.Equal(bad, updates[0].UpdateId);
        Assert.Null(updates[0].Update);
        Assert.NotNull(updates[0].Error);
        Assert.Equal(good, updates[1].UpdateId);
        Assert.Equal("/help", updates[1].Update?.Message?.Text);
    }

    [Fact]
    public async Task Failures_NeverCarryTheToken()
    {
        _fake.FailNext("sendMessage", 400, $"Bad Request: echo {_fake.Token}");
        var client = ClientFactory.Create(_fake);
        var refused = await Assert.ThrowsAsync<BotApiException>(() => client.SendMessageAsync(Text(1), CancellationToken.None));

        var closedPort = ClosedPort();
        var offline = ClientFactory.Create(new TelegramOptions { Token = _fake.Token, ApiBaseUrl = new Uri($"http://127.0.0.1:{closedPort}/"), RequestTimeoutSeconds = 5 });
        var network = await Assert.ThrowsAsync<HttpRequestException>(() => offline.GetMeAsync(CancellationToken.None));

        Assert.DoesNotContain(_fake.Token, refused.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(_fake.Token, network.ToString(), StringComparison.Ordinal);
        Assert.Contains("getMe", network.Message, StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static SendMessageRequest Text(long chat) => new() { ChatId = ChatId.From(chat), Text = "hi", ParseMode = "HTML" };
}
