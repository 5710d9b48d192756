namespace NewsBot.Telegram.Api;

/// <summary>Which message a new one answers; still sent if that one was deleted.</summary>
internal sealed record ReplyParameters
{
    public required long MessageId { get; init; }

    public bool? AllowSendingWithoutReply { get; init; }
}
