using System.ComponentModel.DataAnnotations;

namespace NewsBot.Telegram;

/// <summary>
/// How the bot reaches the Telegram Bot API. Bound from the <c>Telegram</c> section and validated at start.
/// The token comes from the environment (<c>Telegram__Token</c>), never from a committed file.
/// </summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>The token BotFather gave (<c>123456:ABC-…</c>). Telegram is only wired in when it is set.</summary>
    [Required(AllowEmptyStrings = false)]
    [RegularExpression(@"^[0-9]+:[A-Za-z0-9_\-]+$", ErrorMessage = "Telegram:Token must look like 123456:ABC-DEF (the token BotFather gives).")]
    public string Token { get; set; } = string.Empty;

    /// <summary>
    /// Where the Bot API is; Telegram.Bot sends requests to <c>{ApiBaseUrl}/bot{token}/{method}</c>. Default
    /// <c>https://api.telegram.org</c>; a local Bot API server or a test fake can stand in.
    /// </summary>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://api.telegram.org");

    /// <summary>
    /// The bot's username without "@", used to ignore <c>/cmd@OtherBot</c>. Default: asked of <c>getMe</c> at start.
    /// </summary>
    public string? BotUsername { get; set; }

    /// <summary>How long one <c>getUpdates</c> call waits for an update, in seconds (the server caps it at 50). Default 30.</summary>
    [Range(0, 50)]
    public int PollTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// Longest a request that posts nothing may take (getMe, getChatMember, answerCallbackQuery…), in seconds; a
    /// long poll gets this on top of its own timeout. Default 15.
    /// </summary>
    [Range(1, 300)]
    public int RequestTimeoutSeconds { get; set; } = 15;

    /// <summary>
    /// Longest a request that posts or edits a message may take, in seconds. Long, because giving up on a send
    /// that Telegram is still carrying out leaves its outcome unknown (and a retry may post it twice). Default 60.
    /// </summary>
    [Range(1, 600)]
    public int SendTimeoutSeconds { get; set; } = 60;

    /// <summary>
    /// How long a button press's work may run before the press is answered ("Working on it…") so that the
    /// button stops spinning, in milliseconds; the result then follows as a message. Default 1000.
    /// </summary>
    [Range(0, 10_000)]
    public int CallbackAnswerAfterMilliseconds { get; set; } = 1000;

    /// <summary>How long to wait before polling again after a failure (409 Conflict included), in seconds. Default 5.</summary>
    [Range(0.01, 600)]
    public double ErrorBackoffSeconds { get; set; } = 5;

    /// <summary>How often a node that does not hold the poller lease tries to take it, in seconds. Default 15.</summary>
    [Range(0.01, 3600)]
    public double LeaseRetrySeconds { get; set; } = 15;

    /// <summary>How long a user's admin status in a group is trusted before asking <c>getChatMember</c> again, in seconds. Default 60.</summary>
    [Range(0, 3600)]
    public int AdminCacheSeconds { get; set; } = 60;

    /// <summary>Whether to register the command menu with <c>setMyCommands</c> at start. Default true.</summary>
    public bool RegisterCommands { get; set; } = true;

    /// <summary>
    /// A daily window, <c>HH:mm-HH:mm</c> (e.g. <c>22:00-07:00</c>), in which alerts are posted without a
    /// notification sound. Default: none.
    /// </summary>
    public string? QuietHours { get; set; }

    /// <summary>The time zone of <see cref="QuietHours"/> (IANA, e.g. <c>Europe/Paris</c>). Default <c>UTC</c>.</summary>
    public string QuietHoursTimeZone { get; set; } = "UTC";
}
