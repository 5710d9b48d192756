namespace NewsBot.Core.Delivery;

/// <summary>A platform refused a message.</summary>
public sealed class ChatDeliveryException : Exception
{
    public ChatDeliveryException()
    {
    }

    public ChatDeliveryException(string message)
        : base(message)
    {
    }

    public ChatDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True when retrying cannot help: the channel is gone or the bot lost its rights there.</summary>
    public bool ChannelUnavailable { get; init; }

    /// <summary>The platform asked to wait this long before trying again.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>
    /// True when <see cref="RetryAfter"/> holds the whole platform (Discord's global limit), not only this channel.
    /// </summary>
    public bool GlobalLimit { get; init; }

    /// <summary>
    /// True when the message never reached the platform: the sender held it back (pacing, or a hold the platform
    /// asked for) and gave up waiting. Rescheduling it at <see cref="RetryAfter"/> need not count as a failed attempt.
    /// </summary>
    public bool NotAttempted { get; init; }

    /// <summary>
    /// True when the request may have reached the platform but its answer did not come back (a timeout after the
    /// request went out, a connection reset after the body was sent, a 5xx from a proxy in front of the API): the
    /// message may or may not have been posted. The dispatcher applies <c>Delivery:OnUncertain</c> instead of
    /// retrying blindly, unless the platform makes a retry safe (<see cref="RetryIsIdempotent"/>).
    /// </summary>
    public bool OutcomeUnknown { get; init; }

    /// <summary>
    /// True when a retry cannot post a second copy even if the first one went through (Discord's enforced nonce):
    /// an unknown outcome is then simply retried.
    /// </summary>
    public bool RetryIsIdempotent { get; init; }
}
