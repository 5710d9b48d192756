using System.Net;

namespace NewsBot.Discord.Rest;

/// <summary>Discord refused a request: its HTTP status and, when the body has one, its JSON error code.</summary>
internal sealed class DiscordApiException : Exception
{
    public DiscordApiException()
    {
    }

    public DiscordApiException(string message)
        : base(message)
    {
    }

    public DiscordApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DiscordApiException(HttpStatusCode status, int? code, string message)
        : base(message)
    {
        Status = status;
        Code = code;
    }

    public HttpStatusCode Status { get; }

    /// <summary>Discord's error code (10003 Unknown Channel, 50013 Missing Permissions…), when given.</summary>
    public int? Code { get; }

    /// <summary>Set when the request was still rate-limited after every allowed retry.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The request was held back, not sent: its rate limit would have kept it waiting too long.</summary>
    public bool NotAttempted { get; init; }

    /// <summary>The rate limit was the bot-wide one.</summary>
    public bool GlobalLimit { get; init; }

    /// <summary>
    /// A 5xx, from Discord or from Cloudflare in front of it: the request may have taken effect all the same.
    /// </summary>
    public bool IsServerError => (int)Status >= 500;

    /// <summary>A server error or an exhausted rate limit: trying later may work.</summary>
    public bool IsTransient => (int)Status >= 500 || Status == HttpStatusCode.TooManyRequests;
}
