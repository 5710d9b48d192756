using Microsoft.Extensions.Logging;

namespace NewsBot.Discord;

/// <summary>Log messages of the Discord adapter; event ids 4000-4999. Never the token, nor interaction tokens.</summary>
internal static partial class Log
{
    [LoggerMessage(4001, LogLevel.Warning, "Discord rate limit on {Route} (scope {Scope}): waiting {Seconds:0.###} s, attempt {Attempt}")]
    public static partial void RateLimited(ILogger logger, string route, string scope, double seconds, int attempt);

    [LoggerMessage(4002, LogLevel.Critical, "Discord rejected the bot token (401 Unauthorized on {Route}): check Discord:Token (the Bot tab of the Developer Portal; a leaked token is reset by Discord). Stopping")]
    public static partial void Unauthorized(ILogger logger, string route);

    [LoggerMessage(4003, LogLevel.Error, "Discord: {Budget} refused requests (401/403/429) in 10 minutes (Discord:InvalidRequestBudget); holding requests so the IP is not banned")]
    public static partial void InvalidBudgetReached(ILogger logger, int budget);

    [LoggerMessage(4004, LogLevel.Warning, "Discord: invalid-request budget of {Budget} used up; request waits {Seconds:0} s")]
    public static partial void InvalidBudgetHold(ILogger logger, int budget, double seconds);

    [LoggerMessage(4010, LogLevel.Warning, "Discord: cannot post in channel {Channel}: {Reason}")]
    public static partial void ChannelUnavailable(ILogger logger, string channel, string reason);

    [LoggerMessage(4020, LogLevel.Information, "Discord gateway: connecting to {Url} ({Mode})")]
    public static partial void GatewayConnecting(ILogger logger, string url, string mode);

    [LoggerMessage(4021, LogLevel.Information, "Discord gateway: ready, session {SessionId}, shard {ShardId}/{ShardCount}")]
    public static partial void GatewayReady(ILogger logger, string sessionId, int shardId, int shardCount);

    [LoggerMessage(4022, LogLevel.Information, "Discord gateway: session resumed at sequence {Sequence}")]
    public static partial void GatewayResumed(ILogger logger, int? sequence);

    [LoggerMessage(4023, LogLevel.Warning, "Discord gateway: connection lost ({Reason}); {Next}")]
    public static partial void GatewayLost(ILogger logger, string reason, string next);

    [LoggerMessage(4024, LogLevel.Warning, "Discord gateway: no heartbeat ACK since the last heartbeat; the connection is a zombie, reconnecting")]
    public static partial void GatewayZombie(ILogger logger);

    [LoggerMessage(4025, LogLevel.Critical, "Discord gateway closed with {Code} ({Meaning}); this cannot be fixed by reconnecting. Stopping")]
    public static partial void GatewayFatal(ILogger logger, int code, string meaning);

    [LoggerMessage(4026, LogLevel.Warning, "Discord gateway: connecting failed; next try in {Seconds:0.#} s")]
    public static partial void GatewayConnectFailed(ILogger logger, double seconds, Exception exception);

    [LoggerMessage(4027, LogLevel.Information, "Discord gateway: server asked to reconnect (op 7)")]
    public static partial void GatewayReconnectRequested(ILogger logger);

    [LoggerMessage(4028, LogLevel.Information, "Discord gateway: invalid session (resumable: {Resumable})")]
    public static partial void GatewayInvalidSession(ILogger logger, bool resumable);

    [LoggerMessage(4050, LogLevel.Warning, "Discord: the bot was removed from guild {GuildId}; paused {Count} subscriptions in its {Channels} channels")]
    public static partial void GuildLeft(ILogger logger, string guildId, int count, int channels);

    [LoggerMessage(4051, LogLevel.Information, "Discord: the bot is back in guild {GuildId}; resumed {Count} subscriptions in its {Channels} channels")]
    public static partial void GuildRejoined(ILogger logger, string guildId, int count, int channels);

    [LoggerMessage(4053, LogLevel.Warning, "Discord: {Step} of interaction {InteractionId} failed (try {Try} of {Tries}), tried again in {Delay}: {Reason}")]
    public static partial void ReplyRetry(ILogger logger, string step, string interactionId, int @try, int tries, TimeSpan delay, string reason);

    [LoggerMessage(4052, LogLevel.Error, "Discord: updating the subscriptions of guild {GuildId} failed")]
    public static partial void GuildUpdateFailed(ILogger logger, string guildId, Exception exception);

    [LoggerMessage(4029, LogLevel.Error, "Discord gateway: all {Total} session starts of the day are used (too many reconnects?); waiting {Wait} for them to reset rather than get the token reset")]
    public static partial void IdentifyLimitReached(ILogger logger, int total, TimeSpan wait);

    [LoggerMessage(4030, LogLevel.Information, "Discord: registered {Count} slash commands ({Scope})")]
    public static partial void CommandsRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(4032, LogLevel.Debug, "Discord: the {Count} slash commands ({Scope}) are already registered as they are")]
    public static partial void CommandsUnchanged(ILogger logger, int count, string scope);

    [LoggerMessage(4031, LogLevel.Error, "Discord: registering the slash commands failed")]
    public static partial void CommandsRegistrationFailed(ILogger logger, Exception exception);

    [LoggerMessage(4040, LogLevel.Debug, "Discord: /{Command} in {Channel} by {User} answered in {Milliseconds} ms (deferred: {Deferred})")]
    public static partial void InteractionAnswered(ILogger logger, string command, string channel, string user, long milliseconds, bool deferred);

    [LoggerMessage(4041, LogLevel.Error, "Discord: answering interaction {InteractionId} (/{Command} in {Channel}) failed")]
    public static partial void InteractionFailed(ILogger logger, string interactionId, string command, string channel, Exception exception);

    [LoggerMessage(4042, LogLevel.Warning, "Discord: interaction {InteractionId} was delivered again; it runs once")]
    public static partial void InteractionRepeated(ILogger logger, string interactionId);

    [LoggerMessage(4043, LogLevel.Error, "Discord: gateway frame {Sequence} cannot be read ({Reason}) and is skipped")]
    public static partial void GatewayFrameUnreadable(ILogger logger, int? sequence, string reason);

    [LoggerMessage(4044, LogLevel.Error, "Discord: handling {Type} (sequence {Sequence}) failed; the gateway goes on")]
    public static partial void GatewayEventFailed(ILogger logger, string type, int? sequence, Exception exception);
}
