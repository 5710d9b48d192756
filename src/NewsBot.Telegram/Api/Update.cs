namespace NewsBot.Telegram.Api;

/// <summary>One incoming update; at most one of its optional fields is set. Unknown kinds are ignored.</summary>
internal sealed record Update
{
    public long UpdateId { get; init; }

    public Message? Message { get; init; }

    public Message? ChannelPost { get; init; }

    public CallbackQuery? CallbackQuery { get; init; }

    public ChatMemberUpdated? MyChatMember { get; init; }
}
