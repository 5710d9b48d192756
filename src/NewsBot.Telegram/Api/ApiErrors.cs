using System.Net;
using NewsBot.Core.Delivery;
using Telegram.Bot.Exceptions;

namespace NewsBot.Telegram.Api;

/// <summary>What a failed Bot API call means for the bot: wait, give up on the chat, try again, or not know.</summary>
internal static class ApiErrors
{
    private static readonly string[] UnavailableReasons =
        ["chat not found", "message thread not found", "TOPIC_DELETED", "TOPIC_CLOSED", "not enough rights to send"];

    /// <summary><c>parameters.retry_after</c> of a 429.</summary>
    public static TimeSpan? RetryAfter(this ApiRequestException exception) =>
        exception?.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : null;

    /// <summary>Telegram says "message is not modified" when an edit changes nothing: the wanted outcome.</summary>
    public static bool IsNotModified(this ApiRequestException exception) =>
        exception is { ErrorCode: 400 } && exception.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The chat (or forum topic) is gone for the bot: blocked, kicked, not a member, deleted, not found, a topic
    /// deleted or closed, or the bot may no longer write there. Retrying cannot help.
    /// </summary>
    public static bool IsChatUnavailable(this ApiRequestException exception) =>
        exception is { ErrorCode: 403 }
        || (exception is { ErrorCode: 400 } && UnavailableReasons.Any(r => exception.Message.Contains(r, StringComparison.OrdinalIgnoreCase)));

    /// <summary>A failure that may pass: a 429 or 5xx, a network failure, an answer that was not the Bot API's, a timeout.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        ApiRequestException api => api.ErrorCode is 429 or >= 500,
        RequestException or TimeoutException => true,
        _ => false,
    };

    /// <summary>
    /// True when the request may have reached Telegram and been carried out although no usable answer came back:
    /// a 5xx (a proxy's or the API's), a timeout, a connection lost once the request was under way, or a success
    /// status whose body was not the Bot API's. False for a clear refusal (a 4xx, a 429) and for a connection that
    /// was never made (refused, unknown host, TLS failure), where nothing was sent.
    /// </summary>
    public static bool IsOutcomeUnknown(Exception exception) => exception switch
    {
        ApiRequestException api => api.ErrorCode >= 500,
        TimeoutException => true,
        RequestException { InnerException: HttpRequestException http } => !UnsentRequests.NeverSent(http),
        RequestException { HttpStatusCode: { } status } => status >= HttpStatusCode.InternalServerError || (int)status is >= 200 and < 300,
        RequestException => true,
        _ => false,
    };
}
