namespace NewsBot.Core.Delivery;

public enum DeliveryStatus
{
    /// <summary>Waiting to be sent (or to be retried after a failure).</summary>
    Due,

    /// <summary>Handed to the platform; the platform's message id is stored.</summary>
    Sent,

    /// <summary>Given up after too many failures, or the channel is gone; the reason is stored.</summary>
    Dead,
}
