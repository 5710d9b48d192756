using NewsBot.Core.Delivery;

namespace NewsBot.Core.Subscriptions;

public sealed record NewSubscription
{
    public required ChannelAddress Channel { get; init; }

    public required string Query { get; init; }

    public string? CreatedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Instant (the default) or a daily digest.</summary>
    public SubscriptionMode Mode { get; init; }

    /// <summary>Local time of the daily digest in <see cref="TimeZone"/>; null for instant alerts.</summary>
    public TimeOnly? DigestAt { get; init; }

    /// <summary>IANA time zone id of <see cref="DigestAt"/> ("Europe/Paris"); null means UTC.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Article languages the channel wants ("fr", "en"); empty for every language. Compared by value.</summary>
    public IReadOnlyList<string> Languages { get; init => field = LanguageList.From(value); } = LanguageList.Empty;
}
