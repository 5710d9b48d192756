namespace NewsBot.Core.Delivery;

/// <summary>A row of the outbox.</summary>
public sealed record Delivery
{
    public required long Id { get; init; }

    public required ChannelAddress Channel { get; init; }

    public required long ArticleId { get; init; }

    /// <summary>The story the article belongs to; alerts are unique per (channel, story).</summary>
    public long? StoryId { get; init; }

    public DeliveryKind Kind { get; init; } = DeliveryKind.Alert;

    public required long SubscriptionId { get; init; }

    public required DeliveryStatus Status { get; init; }

    public required int Attempts { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset NextAttemptAt { get; init; }

    /// <summary>The platform's id of the posted message, once sent.</summary>
    public string? MessageId { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public string? LastError { get; init; }

    /// <summary>When a send of this delivery first had an unknown outcome; null when every answer came back.</summary>
    public DateTimeOffset? UncertainAt { get; init; }

    /// <summary>
    /// The lease this copy was claimed with; null when read without a claim. A row claimed again gets a later
    /// lease, so the value also tells one claim from the next.
    /// </summary>
    public DateTimeOffset? LeaseUntil { get; init; }
}
