namespace NewsBot.Telegram.Api;

/// <summary><c>getUpdates</c>: <c>offset</c> acknowledges every earlier update.</summary>
internal sealed record GetUpdatesRequest
{
    public long? Offset { get; init; }

    public int? Limit { get; init; }

    public int Timeout { get; init; }

    public required IReadOnlyList<string> AllowedUpdates { get; init; }
}

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

internal sealed record LinkPreviewOptions
{
    public bool? IsDisabled { get; init; }

    public string? Url { get; init; }

    public bool? PreferSmallMedia { get; init; }
}

internal sealed record ReplyParameters
{
    public required long MessageId { get; init; }

    public bool? AllowSendingWithoutReply { get; init; }
}

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

internal sealed record GetChatMemberRequest
{
    public required ChatId ChatId { get; init; }

    public required long UserId { get; init; }
}

internal sealed record AnswerCallbackQueryRequest
{
    public required string CallbackQueryId { get; init; }

    /// <summary>0–200 characters, shown as a toast.</summary>
    public string? Text { get; init; }
}

internal sealed record SetMyCommandsRequest
{
    public required IReadOnlyList<BotCommand> Commands { get; init; }
}

/// <summary>A command menu entry: 1–32 of a-z, 0-9 and _; a description of 1–256 characters.</summary>
internal sealed record BotCommand(string Command, string Description);

/// <summary>A method without parameters (<c>getMe</c>).</summary>
internal sealed record EmptyRequest;
