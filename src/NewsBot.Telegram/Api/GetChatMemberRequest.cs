namespace NewsBot.Telegram.Api;

/// <summary><c>getChatMember</c>: a user's status in a chat (reliable for others only when the bot is an admin).</summary>
internal sealed record GetChatMemberRequest
{
    public required ChatId ChatId { get; init; }

    public required long UserId { get; init; }
}
