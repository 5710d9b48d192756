using Microsoft.Extensions.Logging;

namespace NewsBot.Telegram;

/// <summary>Log messages of the Telegram adapter; event ids 5000-5999. The bot token never appears in them.</summary>
internal static partial class Log
{
    [LoggerMessage(5001, LogLevel.Debug, "Telegram {Method} refused: {ErrorCode} {Description}")]
    public static partial void ApiCallFailed(ILogger logger, string method, int errorCode, string description);
}
