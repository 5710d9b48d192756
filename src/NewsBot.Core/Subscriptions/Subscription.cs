using NewsBot.Core.Delivery;

namespace NewsBot.Core.Subscriptions;

/// <summary>A channel's standing request for alerts on a topic.</summary>
public sealed record Subscription
{
    public required long Id { get; init; }

    public required ChannelAddress Channel { get; init; }

    /// <summary>The topic query as the user typed it.</summary>
    public required string Query { get; init; }

    /// <summary>Platform user id of whoever subscribed.</summary>
    public string? CreatedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Paused subscriptions get no alerts, e.g. after the bot lost access to the channel.</summary>
    public bool Paused { get; init; }

    /// <summary>Instant (the default) or a daily digest.</summary>
    public SubscriptionMode Mode { get; init; }

    /// <summary>Local time of the daily digest in <see cref="TimeZone"/>; null for instant alerts.</summary>
    public TimeOnly? DigestAt { get; init; }

    /// <summary>IANA time zone id of <see cref="DigestAt"/> ("Europe/Paris"); null means UTC.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Article languages the channel wants ("fr", "en"); empty for every language. Compared by value.</summary>
    public IReadOnlyList<string> Languages { get; init => field = LanguageList.From(value); } = LanguageList.Empty;
}
