namespace NewsBot.Telegram.Api;

/// <summary>
/// The Bot API answered <c>ok:false</c> (or not JSON at all). The HTTP status equals <see cref="ErrorCode"/>;
/// <see cref="Description"/> is Telegram's text ("Forbidden: bot was kicked from the group chat").
/// </summary>
public sealed class BotApiException : Exception
{
    public BotApiException()
    {
    }

    public BotApiException(string message)
        : base(message)
    {
    }

    public BotApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BotApiException(string method, int errorCode, string description, TimeSpan? retryAfter = null, long? migrateToChatId = null)
        : base($"Telegram {method} failed: {errorCode} {description}")
    {
        Method = method;
        ErrorCode = errorCode;
        Description = description;
        RetryAfter = retryAfter;
        MigrateToChatId = migrateToChatId;
    }

    /// <summary>The Bot API method that failed ("sendMessage").</summary>
    public string Method { get; } = string.Empty;

    /// <summary>400, 401, 403, 409, 429, 5xx…</summary>
    public int ErrorCode { get; }

    public string Description { get; } = string.Empty;

    /// <summary><c>parameters.retry_after</c> of a 429.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary><c>parameters.migrate_to_chat_id</c>: the group is now a supergroup with this id.</summary>
    public long? MigrateToChatId { get; }

    /// <summary>Telegram says "message is not modified" when an edit changes nothing: the wanted outcome.</summary>
    public bool IsNotModified => ErrorCode == 400 && Description.Contains("message is not modified", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The chat (or forum topic) is gone for the bot: blocked, kicked, not a member, deleted, not found, a topic
    /// deleted or closed, or the bot may no longer write there. Retrying cannot help.
    /// </summary>
    public bool IsChatUnavailable =>
        ErrorCode == 403 || (ErrorCode == 400 && UnavailableReasons.Any(r => Description.Contains(r, StringComparison.OrdinalIgnoreCase)));

    private static readonly string[] UnavailableReasons =
        ["chat not found", "message thread not found", "TOPIC_DELETED", "TOPIC_CLOSED", "not enough rights to send"];

    /// <summary>409: another getUpdates poller took over, or a webhook is set.</summary>
    public bool IsConflict => ErrorCode == 409;
}
