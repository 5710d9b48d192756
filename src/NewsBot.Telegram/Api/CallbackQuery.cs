namespace NewsBot.Telegram.Api;

/// <summary>A press on an inline button; always answered with <c>answerCallbackQuery</c>.</summary>
internal sealed record CallbackQuery
{
    public required string Id { get; init; }

    public required User From { get; init; }

    /// <summary>The message the button was on; missing when it is too old.</summary>
    public Message? Message { get; init; }

    public string? Data { get; init; }
}
