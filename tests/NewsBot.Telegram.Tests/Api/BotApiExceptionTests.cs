using NewsBot.Telegram.Api;

namespace NewsBot.Telegram.Tests.Api;

public sealed class BotApiExceptionTests
{
    [Theory]
    [InlineData(403, "Forbidden: bot was kicked from the supergroup chat", true)]
    [InlineData(403, "Forbidden: bot was blocked by the user", true)]
    [InlineData(400, "Bad Request: chat not found", true)]
    [InlineData(400, "Bad Request: message thread not found", true)]
    [InlineData(400, "Bad Request: TOPIC_CLOSED", true)]
    [InlineData(400, "Bad Request: not enough rights to send text messages to the chat", true)]
    [InlineData(400, "Bad Request: can't parse entities: unsupported start tag \"x\"", false)]
    [InlineData(429, "Too Many Requests: retry after 5", false)]
    [InlineData(500, "Internal Server Error", false)]
    public void IsChatUnavailable_OnlyWhenRetryingCannotHelp(int code, string description, bool unavailable) =>
        Assert.Equal(unavailable, new BotApiException("sendMessage", code, description).IsChatUnavailable);

    [Fact]
    public void IsNotModified_ForAnEditThatChangesNothing() =>
        Assert.True(new BotApiException("editMessageText", 400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same").IsNotModified);
}
