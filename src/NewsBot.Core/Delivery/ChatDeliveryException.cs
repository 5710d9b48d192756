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
}
