using NewsBot.Core.Delivery;

namespace NewsBot.Core.Commands;

/// <summary>Where a command was sent and by whom, as the platform adapter knows it.</summary>
public sealed record CommandContext
{
    /// <summary>The channel (or thread) the command was sent in; subscriptions are made for it.</summary>
    public required ChannelAddress Channel { get; init; }

    /// <summary>The platform's id of the user who sent it.</summary>
    public required string UserId { get; init; }

    /// <summary>
    /// Whether the user has the platform's "manage channel" right here (Discord Manage Channels, a
    /// Telegram group administrator, any user in a private chat). Needed to change subscriptions.
    /// </summary>
    public required bool CanManageChannel { get; init; }

    /// <summary>The user's language tag if the platform gives one ("fr", "en-GB"); replies are in English for now.</summary>
    public string? Locale { get; init; }
}
