namespace NewsBot.Core.Delivery;

/// <summary>An alert to send: one per channel and article, whatever the number of matching subscriptions.</summary>
public sealed record NewDelivery
{
    public required ChannelAddress Channel { get; init; }

    public required long ArticleId { get; init; }

    /// <summary>The story the article belongs to; alerts are unique per (channel, story).</summary>
    public long? StoryId { get; init; }

    public DeliveryKind Kind { get; init; } = DeliveryKind.Alert;

    /// <summary>The subscription that caused it, for the alert's topic line.</summary>
    public required long SubscriptionId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
