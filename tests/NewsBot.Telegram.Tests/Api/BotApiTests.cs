using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using NewsBot.Telegram.Api;
using NewsBot.Testing.Telegram;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace NewsBot.Telegram.Tests.Api;

/// <summary>Telegram.Bot's client through our boundary, against the loopback Bot API fake.</summary>
public sealed class BotApiTests : IAsyncLifetime
{
    private FakeBotApi _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeBotApi.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task GetMe_SentWithoutABody_IsAcceptedAndReadsTheBot()
    {
        var api = ClientFactory.Create(_fake);

        var me = await api.CallAsync(new GetMeRequest(), CancellationToken.None);

        Assert.Equal(FakeBotApi.BotUsername, me.Username);
        Assert.True(me.IsBot);
        Assert.Equal(["getMe"], _fake.Calls);
        Assert.Empty(_fake.Violations);
    }

    [Fact]
    public async Task SendMessage_WritesTelegramFieldNames_AndReturnsTheMessage()
    {
        var api = ClientFactory.Create(_fake);

        var message = await api.CallAsync(
            new SendMessageRequest
            {
                ChatId = -1001234567890123,
                MessageThreadId = 7,
                Text = "<b>Hello</b> &amp; welcome",
                ParseMode = ParseMode.Html,
                LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true },
                DisableNotification = true,
                ReplyMarkup = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("OK", "ok")),
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
    public async Task SendMessage_Refused429_ThrowsWithRetryAfter_WithoutTheLibraryWaitingItOut()
    {
        _fake.FailNext("sendMessage", 429, "Too Many Requests: retry after 7", retryAfter: 7);
        var api = ClientFactory.Create(_fake);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => api.CallAsync(Text(42), CancellationToken.None));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter());
        Assert.Equal(["sendMessage"], _fake.Calls);
    }

    [Fact]
    public async Task SendMessage_ToAnUpgradedGroup_ThrowsWithTheSupergroupId()
    {
        _fake.Migrate(-42, -1009876543210);
        var api = ClientFactory.Create(_fake);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => api.CallAsync(Text(-42), CancellationToken.None));

        Assert.Equal(400, error.ErrorCode);
        Assert.Equal(-1009876543210, error.Parameters?.MigrateToChatId);
    }

    [Fact]
    public async Task SendMessage_Kicked_ThrowsChatUnavailable()
    {
        _fake.Kick(-77);
        var api = ClientFactory.Create(_fake);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => api.CallAsync(Text(-77), CancellationToken.None));

        Assert.True(error.IsChatUnavailable());
        Assert.StartsWith("Forbidden", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMessage_AnswerLate_IsATimeoutAfterTheSendTimeout()
    {
        _fake.LoseNextAnswers("sendMessage", delay: TimeSpan.FromSeconds(30));
        var options = ClientFactory.Options(_fake);
        options.SendTimeoutSeconds = 1;
        var api = ClientFactory.Create(options);

        var error = await Assert.ThrowsAsync<TimeoutException>(() => api.CallAsync(Text(42), CancellationToken.None));

        Assert.Contains("sendMessage got no answer within 1 s", error.Message, StringComparison.Ordinal);
        Assert.Single(_fake.Messages);
    }

    [Fact]
    public async Task GetMe_AnswerLate_IsATimeoutAfterTheRequestTimeout()
    {
        var options = ClientFactory.Options(_fake);
        options.RequestTimeoutSeconds = 1;
        var api = ClientFactory.Create(options, () => new NeverAnswering());

        var error = await Assert.ThrowsAsync<TimeoutException>(() => api.CallAsync(new GetMeRequest(), CancellationToken.None));

        Assert.Contains("getMe got no answer within 1 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMessage_ProxyPage502_IsARequestExceptionWithItsStatus()
    {
        _fake.FailNextWithProxyPage("sendMessage", 502);
        var api = ClientFactory.Create(_fake);

        var error = await Assert.ThrowsAsync<RequestException>(() => api.CallAsync(Text(42), CancellationToken.None));

        Assert.IsNotType<ApiRequestException>(error);
        Assert.Equal(HttpStatusCode.BadGateway, error.HttpStatusCode);
        Assert.True(ApiErrors.IsOutcomeUnknown(error));
    }

    [Fact]
    public async Task EditMessageText_SameText_IsRefusedAsNotModified()
    {
        var api = ClientFactory.Create(_fake);
        var sent = await api.CallAsync(Text(42), CancellationToken.None);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => api.CallAsync(
            new EditMessageTextRequest { ChatId = 42, MessageId = sent.MessageId, Text = "hi", ParseMode = ParseMode.Html },
            CancellationToken.None));

        Assert.True(error.IsNotModified());
        Assert.Empty(_fake.Violations);
    }

    [Fact]
    public async Task GetUpdates_SecondPollerArrives_FirstGets409Conflict()
    {
        var first = ClientFactory.Create(_fake);
        var second = ClientFactory.Create(_fake);

        var waiting = first.CallAsync(Poll(5), CancellationToken.None);
        await Task.Delay(300);
        var taking = second.CallAsync(Poll(0), CancellationToken.None);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => waiting);
        Assert.Equal(409, error.ErrorCode);
        Assert.Contains("terminated by other getUpdates request", error.Message, StringComparison.Ordinal);
        Assert.Empty(await taking);
    }

    [Fact]
    public async Task GetUpdates_LongPoll_ReturnsAnUpdatePushedWhileWaiting()
    {
        var api = ClientFactory.Create(_fake);

        // The poll's own 10 s wait comes on top of the request timeout: it is not cut short.
        var polling = api.CallAsync(Poll(10), CancellationToken.None);
        await Task.Delay(200);
        var id = _fake.PushMessage(-100, "supergroup", 5, "/help", threadId: 12);
        var elements = await polling.WaitAsync(TimeSpan.FromSeconds(5));

        var update = ReceivedUpdate.From(Assert.Single(elements));
        Assert.Equal(id, update.UpdateId);
        Assert.Equal("/help", update.Update?.Message?.Text);
        Assert.Equal(-100, update.Update?.Message?.Chat.Id);
        Assert.Equal(12, update.Update?.Message?.MessageThreadId);
        Assert.True(update.Update?.Message?.IsTopicMessage);
        Assert.Empty(_fake.Violations);
    }

    [Fact]
    public async Task GetUpdates_OneUpdateTheLibraryCannotRead_IsUnreadableWithItsId_AndTheOthersRead()
    {
        var api = ClientFactory.Create(_fake);
        var bad = _fake.PushUnreadable();
        var good = _fake.PushMessage(-100, "supergroup", 5, "/help");

        var updates = (await api.CallAsync(Poll(0), CancellationToken.None)).Select(ReceivedUpdate.From).ToList();

        Assert.Equal(2, updates.Count);
        Assert.Equal(bad, updates[0].UpdateId);
        Assert.Null(updates[0].Update);
        Assert.NotNull(updates[0].Error);
        Assert.Equal(good, updates[1].UpdateId);
        Assert.Equal("/help", updates[1].Update?.Message?.Text);
    }

    [Fact]
    public void ReceivedUpdate_WithoutAnId_IsUnreadableWithoutOne()
    {
        using var document = JsonDocument.Parse("{\"message\":{}}");

        var update = ReceivedUpdate.From(document.RootElement);

        Assert.Null(update.UpdateId);
        Assert.Null(update.Update);
    }

    [Fact]
    public async Task Failures_NeverCarryTheToken()
    {
        _fake.FailNext("sendMessage", 400, $"Bad Request: echo {_fake.Token}");
        var api = ClientFactory.Create(_fake);
        var refused = await Assert.ThrowsAsync<ApiRequestException>(() => api.CallAsync(Text(1), CancellationToken.None));

        var closedPort = ClosedPort();
        var offline = ClientFactory.Create(new TelegramOptions { Token = _fake.Token, ApiBaseUrl = new Uri($"http://127.0.0.1:{closedPort}/"), RequestTimeoutSeconds = 5 });
        var network = await Assert.ThrowsAsync<RequestException>(() => offline.CallAsync(new GetMeRequest(), CancellationToken.None));

        Assert.DoesNotContain(_fake.Token, refused.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(_fake.Token, network.ToString(), StringComparison.Ordinal);
        Assert.Contains("getMe", network.Message, StringComparison.Ordinal);
        Assert.False(ApiErrors.IsOutcomeUnknown(network));
    }

    [Fact]
    public async Task NetworkFailureWhoseMessageHoldsTheUrl_IsMaskedThroughTheWholeChain_AndKeepsItsKind()
    {
        var api = ClientFactory.Create(ClientFactory.Options(_fake), () => new UrlEchoingFailure());

        var error = await Assert.ThrowsAsync<RequestException>(() => api.CallAsync(Text(1), CancellationToken.None));

        Assert.DoesNotContain(_fake.Token, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("<token>", error.Message, StringComparison.Ordinal);
        Assert.Equal(HttpRequestError.ResponseEnded, Assert.IsType<HttpRequestException>(error.InnerException).HttpRequestError);
        Assert.True(ApiErrors.IsOutcomeUnknown(error));
    }

    /// <summary>A connection lost mid-answer, whose message names the request's URL (token included), as some handlers' do.</summary>
    private sealed class UrlEchoingFailure : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException(HttpRequestError.ResponseEnded, $"The response ended prematurely ({request.RequestUri})", new IOException($"reset by {request.RequestUri}"));
    }

    private sealed class NeverAnswering : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new OperationCanceledException(cancellationToken);
        }
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static UpdatesRequest Poll(int timeout) => new() { Timeout = timeout, AllowedUpdates = ["message"] };

    private static SendMessageRequest Text(long chat) => new() { ChatId = chat, Text = "hi", ParseMode = ParseMode.Html };
}
