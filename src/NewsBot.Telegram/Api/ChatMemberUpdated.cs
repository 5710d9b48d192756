namespace NewsBot.Telegram.Api;

/// <summary>The bot's own membership changed: added, promoted, removed, banned, blocked.</summary>
internal sealed record ChatMemberUpdated
{
    public required Chat Chat { get; init; }

    public User? From { get; init; }

    public long Date { get; init; }

    public required ChatMember OldChatMember { get; init; }

    public required ChatMember NewChatMember { get; init; }
}
