using System.Text.Json.Nodes;

namespace NewsBot.Testing.Telegram;

/// <summary>A message <see cref="FakeBotApi"/> accepted (sent or edited), as the bot wrote it and as a user would read it.</summary>
public sealed record FakeBotSentMessage
{
    /// <summary><c>sendMessage</c> or <c>editMessageText</c>.</summary>
    public required string Method { get; init; }

    public required string ChatId { get; init; }

    public long? ThreadId { get; init; }

    public required long MessageId { get; init; }

    /// <summary>The text as sent (HTML when <see cref="ParseMode"/> is HTML).</summary>
    public required string Text { get; init; }

    /// <summary>What the user sees: tags removed, entities decoded.</summary>
    public required string Visible { get; init; }

    public string? ParseMode { get; init; }

    public bool DisableNotification { get; init; }

    public long? ReplyToMessageId { get; init; }

    public bool LinkPreviewDisabled { get; init; }

    /// <summary>The inline keyboard's buttons as (text, callback_data).</summary>
    public IReadOnlyList<(string Text, string? Data)> Buttons { get; init; } = [];

    public JsonObject? Request { get; init; }
}
