namespace NewsBot.Telegram.Api;

/// <summary><c>sendMessage</c> with HTML text.</summary>
internal sealed record SendMessageRequest
{
    public required ChatId ChatId { get; init; }

    public long? MessageThreadId { get; init; }

    public required string Text { get; init; }

    public string? ParseMode { get; init; }

    public LinkPreviewOptions? LinkPreviewOptions { get; init; }

    public bool? DisableNotification { get; init; }

    public ReplyParameters? ReplyParameters { get; init; }

    public InlineKeyboardMarkup? ReplyMarkup { get; init; }
}
