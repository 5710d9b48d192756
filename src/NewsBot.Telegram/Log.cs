using Microsoft.Extensions.Logging;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Telegram;

/// <summary>Log messages of the Telegram adapter; event ids 5000-5999. The bot token never appears in them.</summary>
internal static partial class Log
{
    [LoggerMessage(5010, LogLevel.Warning, "Telegram chat {From} became supergroup {To}: {Subscriptions} subscriptions and {Deliveries} queued alerts moved")]
    public static partial void ChatMigrated(ILogger logger, string from, string to, int subscriptions, int deliveries);

    [LoggerMessage(5011, LogLevel.Information, "Telegram {Channel}: the alert could not be edited ({Reason}); a follow-up is posted instead")]
    public static partial void EditFellBackToFollowUp(ILogger logger, string channel, string reason);

    [LoggerMessage(5020, LogLevel.Information, "Telegram {Channel}: /{Command} from user {User} (may manage: {CanManage})")]
    public static partial void CommandReceived(ILogger logger, string command, string channel, string user, bool canManage);

    [LoggerMessage(5021, LogLevel.Warning, "Telegram chat {Chat}: the reply could not be posted: {ErrorCode} {Description}")]
    public static partial void ReplyFailed(ILogger logger, string chat, int errorCode, string description);

    [LoggerMessage(5022, LogLevel.Warning, "Telegram chat {Chat}: could not check whether user {User} is an admin ({Description}); treated as not one")]
    public static partial void AdminCheckFailed(ILogger logger, long chat, long user, string description);

    [LoggerMessage(5023, LogLevel.Information, "Telegram chat {Chat}: the bot went from {OldStatus} to {NewStatus}; {Count} subscriptions paused or resumed")]
    public static partial void MembershipChanged(ILogger logger, string chat, ChatMemberStatus oldStatus, ChatMemberStatus newStatus, int count);

    [LoggerMessage(5024, LogLevel.Debug, "Telegram: a button press could not be answered: {Description}")]
    public static partial void CallbackAnswerFailed(ILogger logger, string description);

    [LoggerMessage(5030, LogLevel.Information, "Telegram: polling for updates")]
    public static partial void PollingStarted(ILogger logger);

    [LoggerMessage(5031, LogLevel.Information, "Telegram: another node holds the {Lease} lease and polls; trying again in {Seconds} s")]
    public static partial void LeaseHeldElsewhere(ILogger logger, string lease, double seconds);

    [LoggerMessage(5032, LogLevel.Warning, "Telegram: the {Lease} lease was lost; polling stopped until it is taken again")]
    public static partial void LeaseLost(ILogger logger, string lease);

    [LoggerMessage(5033, LogLevel.Error, "Telegram: 409 Conflict — {Description}. Another bot instance is polling with this token, or a webhook is set (deleteWebhook removes it). Retrying in {Seconds} s")]
    public static partial void PollConflict(ILogger logger, string description, double seconds);

    [LoggerMessage(5034, LogLevel.Warning, "Telegram: getUpdates failed ({Reason}); retrying in {Seconds} s")]
    public static partial void PollFailed(ILogger logger, string reason, double seconds);

    [LoggerMessage(5038, LogLevel.Critical, "Telegram: the bot token was refused ({Description}); check Telegram__Token (BotFather's /token shows it). Retrying in {Seconds} s")]
    public static partial void TokenRejected(ILogger logger, string description, double seconds);

    [LoggerMessage(5035, LogLevel.Error, "Telegram: update {UpdateId} could not be handled in {Attempts} tries and is skipped")]
    public static partial void UpdateFailed(ILogger logger, long updateId, int attempts, Exception? exception);

    [LoggerMessage(5036, LogLevel.Information, "Telegram: command menu set ({Count} commands)")]
    public static partial void CommandsRegistered(ILogger logger, int count);

    [LoggerMessage(5037, LogLevel.Warning, "Telegram: the command menu could not be set ({Reason}); typed commands still work")]
    public static partial void CommandsNotRegistered(ILogger logger, string reason);

    [LoggerMessage(5039, LogLevel.Warning, "Telegram: update {UpdateId} failed on try {Attempt} ({Reason}); trying it again")]
    public static partial void UpdateRetried(ILogger logger, long updateId, int attempt, string reason);

    [LoggerMessage(5040, LogLevel.Error, "Telegram: polling stopped on an unexpected error; starting over in {Seconds} s")]
    public static partial void PollingCrashed(ILogger logger, double seconds, Exception exception);

    [LoggerMessage(5041, LogLevel.Error, "Telegram: update {UpdateId} cannot be read ({Reason}) and is skipped")]
    public static partial void UpdateUnreadable(ILogger logger, long? updateId, string? reason);

    [LoggerMessage(5042, LogLevel.Error, "Telegram: a poll brought only updates without an id; polling again in {Seconds} s")]
    public static partial void UpdatesWithoutId(ILogger logger, double seconds);

    [LoggerMessage(5044, LogLevel.Debug, "Telegram: button press of update {UpdateId} answered early, its work running past {Milliseconds} ms")]
    public static partial void CallbackAnsweredEarly(ILogger logger, long updateId, double milliseconds);

    [LoggerMessage(5043, LogLevel.Error, "Telegram: the answer to update {UpdateId} could not be sent in {Attempts} tries ({Reason}) and is dropped")]
    public static partial void AnswerDropped(ILogger logger, long updateId, int attempts, string reason);
}
