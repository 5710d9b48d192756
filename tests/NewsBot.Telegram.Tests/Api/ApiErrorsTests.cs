using System.Net;
using System.Text.Json;
using NewsBot.Telegram.Api;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace NewsBot.Telegram.Tests.Api;

public sealed class ApiErrorsTests
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
        Assert.Equal(unavailable, new ApiRequestException(description, code).IsChatUnavailable());

    [Fact]
    public void IsNotModified_ForAnEditThatChangesNothing() =>
        Assert.True(new ApiRequestException("Bad Request: message is not modified: specified new message content and reply markup are exactly the same", 400).IsNotModified());

    [Theory]
    [InlineData(400, false)]
    [InlineData(403, false)]
    [InlineData(429, false)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    public void IsOutcomeUnknown_TelegramsAnswer_OnlyFor5xx(int code, bool unknown) =>
        Assert.Equal(unknown, ApiErrors.IsOutcomeUnknown(new ApiRequestException("x", code)));

    [Theory]
    [InlineData(HttpRequestError.ConnectionError, false)]
    [InlineData(HttpRequestError.NameResolutionError, false)]
    [InlineData(HttpRequestError.SecureConnectionError, false)]
    [InlineData(HttpRequestError.ResponseEnded, true)]
    [InlineData(HttpRequestError.Unknown, true)]
    public void IsOutcomeUnknown_NetworkFailure_UnlessTheConnectionWasNeverMade(HttpRequestError error, bool unknown) =>
        Assert.Equal(unknown, ApiErrors.IsOutcomeUnknown(new RequestException("failed", new HttpRequestException(error, "failed"))));

    [Theory]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.OK, true)]
    [InlineData(HttpStatusCode.NotFound, false)]
    public void IsOutcomeUnknown_AnswerThatIsNotTheBotApis_UnknownFor5xxAndSuccess(HttpStatusCode status, bool unknown) =>
        Assert.Equal(unknown, ApiErrors.IsOutcomeUnknown(new RequestException("not JSON", status, new JsonException())));

    [Fact]
    public void IsOutcomeUnknown_Timeout_IsUnknown() => Assert.True(ApiErrors.IsOutcomeUnknown(new TimeoutException()));

    [Fact]
    public void RetryAfter_ReadsTheParameter() =>
        Assert.Equal(TimeSpan.FromSeconds(7), new ApiRequestException("Too Many Requests", 429, new ResponseParameters { RetryAfter = 7 }).RetryAfter());
}
