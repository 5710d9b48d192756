using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Alerts;
using NewsBot.Core.Delivery;
using NewsBot.Discord.Messages;
using NewsBot.Testing.Discord;

namespace NewsBot.Discord.Tests.Messages;

/// <summary>Posts and edits whose answer is lost, against the loopback Discord fake.</summary>
public sealed class UnknownOutcomeTests : IAsyncLifetime, IDisposable
{
    private FakeDiscordServer _server = null!;
    private DiscordHarness _discord = null!;
    private DiscordChatTransport _transport = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeDiscordServer.StartAsync(CancellationToken.None);
        _server.AddChannel("100");
        _server.AddChannel("200", type: 15);
        _discord = new DiscordHarness(_server);
        _transport = new DiscordChatTransport(_discord.Rest, NullLogger<DiscordChatTransport>.Instance);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _discord.Dispose();

    [Theory]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task SendAlert_5xxAfterTheMessageWasPosted_IsAnUnknownOutcomeSafeToRetry_AndTheRetryPostsNothingNew(HttpStatusCode status)
    {
        var channel = new ChannelAddress("discord", "100");
        await _transport.SendAlertAsync(channel, DiscordChatTransportTests.Alert("warm-up"), CancellationToken.None);
        _server.FailNext("POST", "channels/100/messages", status, afterApplying: true);

        var lost = await Assert.ThrowsAsync<ChatDeliveryException>(() => _transport.SendAlertAsync(channel, DiscordChatTransportTests.Alert("41"), CancellationToken.None));
        var resent = await _transport.SendAlertAsync(channel, DiscordChatTransportTests.Alert("41"), CancellationToken.None);

        Assert.True(lost.OutcomeUnknown);
        Assert.True(lost.RetryIsIdempotent);
        var posted = Assert.Single(_server.MessagesIn("100"), m => m.Nonce == "41");
        Assert.Equal(posted.Id, resent);
    }

    [Fact]
    public async Task SendAlert_ForumPostWhoseAnswerIsLost_IsAnUnknownOutcomeNotSafeToRetry()
    {
        var forum = new ChannelAddress("discord", "200");
        await _transport.SendAlertAsync(forum, DiscordChatTransportTests.Alert("warm-up"), CancellationToken.None);
        _server.FailNext("POST", "channels/200/threads", HttpStatusCode.BadGateway, afterApplying: true);

        var lost = await Assert.ThrowsAsync<ChatDeliveryException>(() => _transport.SendAlertAsync(forum, DiscordChatTransportTests.Alert("42"), CancellationToken.None));

        // Discord takes no nonce when it opens a thread: a resend would open a second post.
        Assert.True(lost.OutcomeUnknown);
        Assert.False(lost.RetryIsIdempotent);
    }

    [Fact]
    public async Task SendUpdate_EditWhoseAnswerIsLost_IsAnUnknownOutcomeSafeToRetry()
    {
        var channel = new ChannelAddress("discord", "100");
        var original = await _transport.SendAlertAsync(channel, DiscordChatTransportTests.Alert("43"), CancellationToken.None);
        _server.FailNext("PATCH", "channels/100/messages/", HttpStatusCode.ServiceUnavailable, afterApplying: true);
        var update = new AlertUpdate
        {
            Updated = DiscordChatTransportTests.Alert("44"),
            OriginalMessageId = original,
            MayEdit = true,
            ArticleTitle = "Le Kremlin dément",
        };

        var lost = await Assert.ThrowsAsync<ChatDeliveryException>(() => _transport.SendUpdateAsync(channel, update, CancellationToken.None));

        Assert.True(lost.OutcomeUnknown);
        Assert.True(lost.RetryIsIdempotent);
    }

    [Fact]
    public async Task SendAlert_RefusedBeforeTakingEffect_4xx_IsAKnownFailure()
    {
        _server.FailNext("POST", "channels/100/messages", HttpStatusCode.BadRequest);

        var refused = await Assert.ThrowsAsync<ChatDeliveryException>(
            () => _transport.SendAlertAsync(new ChannelAddress("discord", "100"), DiscordChatTransportTests.Alert("45"), CancellationToken.None));

        Assert.False(refused.OutcomeUnknown);
    }
}
