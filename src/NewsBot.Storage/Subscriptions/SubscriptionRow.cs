using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;
using NewsBot.Storage.Shared;

namespace NewsBot.Storage.Subscriptions;

/// <summary>A <c>subscriptions</c> row, as Dapper reads it.</summary>
internal sealed class SubscriptionRow
{
    public const string SelectColumns = """
        SELECT id AS Id, platform AS Platform, channel_id AS ChannelId, thread_id AS ThreadId, query AS Query,
               created_by AS CreatedBy, created_at AS CreatedAt, paused AS Paused,
               mode AS Mode, digest_at AS DigestAt, time_zone AS TimeZone, languages AS Languages
        FROM subscriptions
        """;

    public long Id { get; init; }

    public string Platform { get; init; } = "";

    public string ChannelId { get; init; } = "";

    public string ThreadId { get; init; } = "";

    public string Query { get; init; } = "";

    public string? CreatedBy { get; init; }

    public long CreatedAt { get; init; }

    public long Paused { get; init; }

    public string Mode { get; init; } = "instant";

    public string? DigestAt { get; init; }

    public string? TimeZone { get; init; }

    public string Languages { get; init; } = "";

    public Subscription ToSubscription() => new()
    {
        Id = Id,
        Channel = new ChannelAddress(Platform, ChannelId, ThreadIds.FromColumn(ThreadId)),
        Query = Query,
        CreatedBy = CreatedBy,
        CreatedAt = UnixTime.FromMs(CreatedAt),
        Paused = Paused != 0,
        Mode = SubscriptionColumns.FromMode(Mode),
        DigestAt = SubscriptionColumns.FromTime(DigestAt),
        TimeZone = TimeZone,
        Languages = SubscriptionColumns.FromLanguages(Languages),
    };
}
