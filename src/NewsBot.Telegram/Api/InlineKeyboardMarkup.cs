namespace NewsBot.Telegram.Api;

/// <summary>Buttons under a message, in rows.</summary>
internal sealed record InlineKeyboardMarkup
{
    public required IReadOnlyList<IReadOnlyList<InlineKeyboardButton>> InlineKeyboard { get; init; }
}

internal sealed record InlineKeyboardButton
{
    public required string Text { get; init; }

    /// <summary>1–64 bytes, handed back in the callback query.</summary>
    public string? CallbackData { get; init; }
}
