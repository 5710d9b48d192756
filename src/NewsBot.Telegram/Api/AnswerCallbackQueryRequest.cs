namespace NewsBot.Telegram.Api;

/// <summary><c>answerCallbackQuery</c>: stops the button's spinner, optionally with a toast.</summary>
internal sealed record AnswerCallbackQueryRequest
{
    public required string CallbackQueryId { get; init; }

    /// <summary>0–200 characters, shown as a toast.</summary>
    public string? Text { get; init; }
}
