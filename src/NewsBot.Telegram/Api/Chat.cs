namespace NewsBot.Telegram.Api;

/// <summary>A private chat, group, supergroup or channel.</summary>
internal sealed record Chat
{
    public const string PrivateType = "private";
    public const string ChannelType = "channel";

    public long Id { get; init; }

    /// <summary><c>private</c>, <c>group</c>, <c>supergroup</c> or <c>channel</c>.</summary>
    public required string Type { get; init; }

    public string? Title { get; init; }

    public string? Username { get; init; }

    public bool? IsForum { get; init; }
}
