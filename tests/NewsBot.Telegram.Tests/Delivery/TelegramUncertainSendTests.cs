using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Alerts;
using NewsBot.Core.Delivery;
using NewsBot.Telegram.Delivery;
using NewsBot.Testing.Telegram;

namespace NewsBot.Telegram.Tests.Delivery;

/// <summary>
/// A send whose answer is lost may have been posted: the transport says so (<see cref="ChatDeliveryException.OutcomeUnknown"/>)
/// and leaves the choice to the dispatcher; a clear refusal never says so. The fake carries the send out and then
/// cuts the connection, answers late, or stands in for a proxy's 5xx.
/// </summary>
#pragma warning disable CA1001 // The harness is disposed in IAsyncLifetime.DisposeAsync, which the analyzer does not know of.
public sealed class TelegramUncertainSendTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private static readonly ChannelAddress Group = new("telegram", "-1001234", null);

    private FakeBotApi _fake = null!;
    private TelegramHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeBotApi.StartAsync();
        _harness = Harness(_fake);
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        await _fake.DisposeAsync();
    }

    private TelegramChatTransport Transport => _harness.Services.GetRequiredService<TelegramChatTransport>();

    private static TelegramHarness Harness(FakeBotApi fake, string sendTimeout = "1") => new(fake, settings: new Dictionary<string, string?>
    {
        ["Telegram:RequestTimeoutSeconds"] = "1",
        ["Telegram:SendTimeoutSeconds"] = sendTimeout,
    });

    private static Alert Alert() => new()
    {
        Topic = "volcan",
        Title = "Éruption en Islande",
        Link = new Uri("https://example.org/v"),
        Summary = "La lave atteint la route.",
        Sources = ["RÚV"],
        FeedName = "seeds",
    };

    [Fact]
    public async Task SendAlert_ConnectionCutAfterTelegramPostedIt_IsOutcomeUnknown()
    {
        _fake.LoseNextAnswers("sendMessage");

        var error = await Assert.ThrowsAsync<ChatDeliveryException>(() => Transport.SendAlertAsync(Group, Alert(), CancellationToken.None));

        Assert.True(error.OutcomeUnknown);
        Assert.False(error.RetryIsIdempotent);
        Assert.False(error.ChannelUnavailable);
        Assert.Single(_fake.Messages);
    }

    [Fact]
    public async Task SendAlert_AnswerLaterThanTheSendTimeout_IsOutcomeUnknown()
    {
        _fake.LoseNextAnswers("sendMessage", delay: TimeSpan.FromSeconds(20));

        var error = await Assert.ThrowsAsync<ChatDeliveryException>(() => Transport.SendAlertAsync(Group, Alert(), CancellationToken.None));

        Assert.True(error.OutcomeUnknown);
        Assert.IsType<TimeoutException>(error.InnerException);
        Assert.Single(_fake.Messages);
    }

    [Fact]
    public async Task SendAlert_SlowButWithinTheSendTimeout_IsPostedThoughLongerThanTheRequestTimeout()
    {
        await using var patient = Harness(_fake, sendTimeout: "10");
        _fake.LoseNextAnswers("sendMessage", delay: TimeSpan.FromSeconds(2));

        var id = await patient.Services.GetRequiredService<TelegramChatTransport>().SendAlertAsync(Group, Alert(), CancellationToken.None);

        Assert.Equal(Assert.Single(_fake.Messages).MessageId.ToString(System.Globalization.CultureInfo.InvariantCulture), id);
    }

    [Fact]
    public async Task SendAlert_ProxyAnswers502_IsOutcomeUnknown()
    {
        _fake.FailNextWithProxyPage("sendMessage", 502);

        var error = await Assert.ThrowsAsync<ChatDeliveryException>(() => Transport.SendAlertAsync(Group, Alert(), CancellationToken.None));

        Assert.True(error.OutcomeUnknown);
    }

    [Fact]
    public async Task SendAlert_TelegramAnswers500_IsOutcomeUnknown()
    {
        _fake.FailNext("sendMessage", 500, "Internal Server Error");

        var error = await Assert.ThrowsAsync<ChatDeliveryException>(() => Transport.SendAlertAsync(Group, Alert(), CancellationToken.None));

        Assert.True(error.OutcomeUnknown);
    }

    [Theory]
    [InlineData(400, "Bad Request: can't parse entities")]
    [InlineData(403, "Forbidden: bot was kicked from the supergroup chat")]
    [InlineData(429, "Too Many Requests: retry after 3")]
    public async Task SendAlert_ClearRefusal_IsNeverOutcomeUnknown(int code, string description)
    {
        _fake.FailNext("sendMessage", code, description, retryAfter: code == 429 ? 3 : null);

        var error = await Assert.ThrowsAsync<ChatDeliveryException>(() => Transport.SendAlertAsync(Group, Alert(), CancellationToken.None));

        Assert.False(error.OutcomeUnknown);
        Assert.Empty(_fake.Messages);
    }

    [Fact]
    public async Task SendAlert_ApiUnreachable_IsAFailureThatPostedNothing()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        await using var offline = new TelegramHarness(_fake, settings: new Dictionary<string, string?> { ["Telegram:ApiBaseUrl"] = $"http://127.0.0.1:{port}/" });

        var error = await Assert.ThrowsAsync<ChatDeliveryException>(() => offline.Services.GetRequiredService<TelegramChatTransport>().SendAlertAsync(Group, Alert(), CancellationToken.None));

        Assert.False(error.OutcomeUnknown);
        Assert.DoesNotContain(_fake.Token, error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("news")]
    [InlineData("")]
    public async Task SendAlert_ToAChatIdTelegramCannotHave_IsChannelUnavailableWithoutACall(string channelId)
    {
        var error = await Assert.ThrowsAsync<ChatDeliveryException>(() => Transport.SendAlertAsync(new ChannelAddress("telegram", channelId, null), Alert(), CancellationToken.None));

        Assert.True(error.ChannelUnavailable);
        Assert.False(error.OutcomeUnknown);
        Assert.DoesNotContain("sendMessage", _fake.Calls);
    }

    [Fact]
    public async Task SendUpdate_EditWhoseAnswerIsLost_IsOutcomeUnknownButSafeToRetry()
    {
        var original = await Transport.SendAlertAsync(Group, Alert(), CancellationToken.None);
        _fake.LoseNextAnswers("editMessageText");
        var updated = Alert() with { Summary = "La lave a franchi la route." };

        var error = await Assert.ThrowsAsync<ChatDeliveryException>(() => Transport.SendUpdateAsync(
            Group, new AlertUpdate { Updated = updated, OriginalMessageId = original, MayEdit = true, ArticleTitle = "La lave franchit la route" }, CancellationToken.None));

        Assert.True(error.OutcomeUnknown);
        Assert.True(error.RetryIsIdempotent);
    }
}
