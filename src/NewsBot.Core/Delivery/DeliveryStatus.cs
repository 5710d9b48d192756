namespace NewsBot.Core.Delivery;

public enum DeliveryStatus
{
    /// <summary>Waiting to be sent (or to be retried after a failure).</summary>
    Due,

    /// <summary>Handed to the platform; the platform's message id is stored.</summary>
    Sent,

    /// <summary>Given up after too many failures, or the channel is gone; the reason is stored.</summary>
    Dead,

    /// <summary>
    /// A send whose answer never came (timeout or reset after the request went out): the message may or may not
    /// be posted. Held until <see cref="Delivery.NextAttemptAt"/>, then settled by <c>Delivery:OnUncertain</c>.
    /// </summary>
    Uncertain,

    /// <summary>
    /// Closed without resending after an unknown outcome (<c>Delivery:OnUncertain = skip</c>, or a second unknown
    /// outcome): most likely posted, but its message id is unknown. Never sent again.
    /// </summary>
    Skipped,
}
