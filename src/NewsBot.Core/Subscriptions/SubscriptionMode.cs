namespace NewsBot.Core.Subscriptions;

/// <summary>When a subscription's alerts are posted.</summary>
public enum SubscriptionMode
{
    /// <summary>Each story as soon as it is matched.</summary>
    Instant,

    /// <summary>One message a day at <see cref="Subscription.DigestAt"/> in <see cref="Subscription.TimeZone"/>, with the day's stories.</summary>
    Digest,
}
