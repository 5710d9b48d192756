using NewsBot.Core.Delivery;
using NewsBot.Storage.Shared;

namespace NewsBot.Storage.Delivery;

/// <summary>A <c>deliveries</c> row, as Dapper reads it.</summary>
internal sealed class DeliveryRow
{
    public const string Columns = """
        id AS Id, platform AS Platform, channel_id AS ChannelId, thread_id AS ThreadId, article_id AS ArticleId,
        story_id AS StoryId, kind AS Kind,
        subscription_id AS SubscriptionId, status AS Status, attempts AS Attempts, created_at AS CreatedAt,
        next_attempt_at AS NextAttemptAt, message_id AS MessageId, sent_at AS SentAt, last_error AS LastError,
        uncertain_at AS UncertainAt, lease_until AS LeaseUntil
        """;

    public long Id { get; init; }

    public string Platform { get; init; } = "";

    public string ChannelId { get; init; } = "";

    public string ThreadId { get; init; } = "";

    public long ArticleId { get; init; }

    public long? StoryId { get; init; }

    public string Kind { get; init; } = "alert";

    public long SubscriptionId { get; init; }

    public string Status { get; init; } = "";

    public long Attempts { get; init; }

    public long CreatedAt { get; init; }

    public long NextAttemptAt { get; init; }

    public string? MessageId { get; init; }

    public long? SentAt { get; init; }

    public string? LastError { get; init; }

    public long? UncertainAt { get; init; }

    public long? LeaseUntil { get; init; }

    public Core.Delivery.Delivery ToDelivery() => new()
    {
        Id = Id,
        Channel = new ChannelAddress(Platform, ChannelId, ThreadIds.FromColumn(ThreadId)),
        ArticleId = ArticleId,
        StoryId = StoryId,
        Kind = DeliveryKindText.Parse(Kind),
        SubscriptionId = SubscriptionId,
        Status = DeliveryStatusText.Parse(Status),
        Attempts = checked((int)Attempts),
        CreatedAt = UnixTime.FromMs(CreatedAt),
        NextAttemptAt = UnixTime.FromMs(NextAttemptAt),
        MessageId = MessageId,
        SentAt = UnixTime.FromMs(SentAt),
        LastError = LastError,
        UncertainAt = UnixTime.FromMs(UncertainAt),
        LeaseUntil = UnixTime.FromMs(LeaseUntil),
    };
}
