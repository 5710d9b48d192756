using System.ComponentModel.DataAnnotations;

namespace NewsBot.Discord;

/// <summary>
/// The Discord bot. Section <c>Discord</c>; the platform is enabled only when <see cref="Token"/> is set
/// (from the environment, <c>Discord__Token</c>, never from a committed file).
/// </summary>
public sealed class DiscordOptions : IValidatableObject
{
    public const string Section = "Discord";

    /// <summary>The bot token from the Developer Portal (Bot tab). Sent only in the Authorization header, never logged.</summary>
    [Required(ErrorMessage = "Discord:Token is required to run the Discord bot.")]
    public string Token { get; set; } = string.Empty;

    /// <summary>The application id (General Information tab); the command and interaction webhook routes need it.</summary>
    [Required(ErrorMessage = "Discord:ApplicationId is required (the application's id from the Developer Portal).")]
    [RegularExpression("^[0-9]{1,20}$", ErrorMessage = "Discord:ApplicationId must be the numeric application id.")]
    public string ApplicationId { get; set; } = string.Empty;

    /// <summary>The REST API base. Default <c>https://discord.com/api/v10</c>.</summary>
    [Required(ErrorMessage = "Discord:ApiBaseUrl is required.")]
    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10");

    /// <summary>The gateway address; when null it is asked from <c>GET /gateway/bot</c> at start. Default null.</summary>
    public Uri? GatewayUrl { get; set; }

    /// <summary>This node's shard, 0 ≤ ShardId &lt; ShardCount. Default 0.</summary>
    [Range(0, 10_000, ErrorMessage = "Discord:ShardId must be between {1} and {2}.")]
    public int ShardId { get; set; }

    /// <summary>How many shards share the bot's guilds (one per node). Default 1.</summary>
    [Range(1, 10_000, ErrorMessage = "Discord:ShardCount must be between {1} and {2}.")]
    public int ShardCount { get; set; } = 1;

    /// <summary>
    /// When set, slash commands are registered in this guild only (they appear at once; for development),
    /// instead of globally. Default null.
    /// </summary>
    [RegularExpression("^[0-9]{1,20}$", ErrorMessage = "Discord:DevelopmentGuildId must be a numeric guild id.")]
    public string? DevelopmentGuildId { get; set; }

    /// <summary>Whether to register the slash commands at start (bulk overwrite). Default true.</summary>
    public bool RegisterCommands { get; set; } = true;

    /// <summary>
    /// Requests answered 401, 403 or 429 allowed in a rolling 10 minutes before the bot holds every request
    /// until the window clears. Discord bans the IP (Cloudflare) at 10,000; default 1,000 stays far below.
    /// </summary>
    [Range(1, 9_000, ErrorMessage = "Discord:InvalidRequestBudget must be between {1} and {2}.")]
    public int InvalidRequestBudget { get; set; } = 1_000;

    /// <summary>
    /// Requests in any second over the whole bot. Default 50, Discord's global limit itself: each request keeps
    /// its place until one second after its answer, so however the network bunches requests up, no second on
    /// Discord's clock sees more than this many arrive, and a lower count would only be a second margin that
    /// costs throughput (45 capped the bot at 90 % of the limit even with instant answers).
    /// </summary>
    [Range(1, 50, ErrorMessage = "Discord:GlobalRequestsPerSecond must be between {1} and {2}.")]
    public int GlobalRequestsPerSecond { get; set; } = 50;

    /// <summary>How many 429 answers one request waits out and retries before it gives up. Default 5.</summary>
    [Range(0, 50, ErrorMessage = "Discord:MaxRateLimitRetries must be between {1} and {2}.")]
    public int MaxRateLimitRetries { get; set; } = 5;

    /// <summary>
    /// Longest a request waits for its rate limit (a bucket's reset, a 429's retry_after) before it gives up and
    /// goes back to the outbox with the time to wait; keep it below <c>Discord:Pacing:MaxWaitSeconds</c>. Default 30.
    /// </summary>
    [Range(1, 600, ErrorMessage = "Discord:MaxRateLimitWaitSeconds must be between {1} and {2}.")]
    public int MaxRateLimitWaitSeconds { get; set; } = 30;

    /// <summary>
    /// How long a command may run before the interaction is deferred ("thinking…") and answered by a
    /// follow-up; Discord drops an interaction not answered within 3 s. Default 2000 ms.
    /// </summary>
    [Range(100, 2_800, ErrorMessage = "Discord:DeferAfterMilliseconds must be between {1} and {2}.")]
    public int DeferAfterMilliseconds { get; set; } = 2_000;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult("Discord:Token must be the bare token, without the \"Bot \" prefix.");
        }

        if (ShardId >= ShardCount)
        {
            yield return new ValidationResult($"Discord:ShardId ({ShardId}) must be below Discord:ShardCount ({ShardCount}).");
        }

        if (ApiBaseUrl is { IsAbsoluteUri: false } || ApiBaseUrl?.Scheme is not ("https" or "http"))
        {
            yield return new ValidationResult("Discord:ApiBaseUrl must be an absolute http(s) address.");
        }

        if (GatewayUrl is { } gateway && (!gateway.IsAbsoluteUri || gateway.Scheme is not ("wss" or "ws")))
        {
            yield return new ValidationResult("Discord:GatewayUrl must be an absolute wss:// address.");
        }
    }
}
