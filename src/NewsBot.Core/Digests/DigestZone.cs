using NewsBot.Core.Subscriptions;

namespace NewsBot.Core.Digests;

public static class DigestZone
{
    /// <summary>The subscription's IANA zone; UTC when it has none or the id is unknown on this machine.</summary>
    public static TimeZoneInfo Of(Subscription subscription) =>
        subscription.TimeZone is { } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
