namespace NewsBot.Discord.Rest;

/// <summary>The JSON error codes the bot acts on (opcodes-and-status-codes).</summary>
internal static class DiscordErrorCodes
{
    public const int UnknownChannel = 10003;
    public const int UnknownMessage = 10008;
    public const int UnknownInteraction = 10062;
    public const int AlreadyAcknowledged = 40060;
    public const int MissingAccess = 50001;
    public const int CannotSendInNonTextChannel = 50008;
    public const int MissingPermissions = 50013;

    /// <summary>The bot can no longer post in the channel: it is gone, hidden from the bot, or the bot lost its rights.</summary>
    public static bool MeansChannelUnavailable(int? code) => code is UnknownChannel or MissingAccess or MissingPermissions;
}
