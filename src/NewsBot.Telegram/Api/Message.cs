namespace NewsBot.Telegram.Api;

/// <summary>The fields of a Telegram message the bot reads.</summary>
internal sealed record Message
{
    public long MessageId { get; init; }

    /// <summary>The forum topic, when <see cref="IsTopicMessage"/>; replies in other groups may carry it too.</summary>
    public long? MessageThreadId { get; init; }

    public bool? IsTopicMessage { get; init; }

    public User? From { get; init; }

    /// <summary>Set for anonymous group admins (the group itself) and channel posts.</summary>
    public Chat? SenderChat { get; init; }

    public long Date { get; init; }

    public required Chat Chat { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<MessageEntity>? Entities { get; init; }

    /// <summary>The group became a supergroup with this id (a service message in the old group).</summary>
    public long? MigrateToChatId { get; init; }
}
