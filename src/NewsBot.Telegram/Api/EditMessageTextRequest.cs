namespace NewsBot.Telegram.Api;

/// <summary><c>editMessageText</c> of a message the bot sent.</summary>
internal sealed record EditMessageTextRequest
{
    public required ChatId ChatId { get; init; }

    public required long MessageId { get; init; }

    public required string Text { get; init; }

    public string? ParseMode { get; init; }

    public LinkPreviewOptions? LinkPreviewOptions { get; init; }

    public InlineKeyboardMarkup? ReplyMarkup { get; init; }
}
