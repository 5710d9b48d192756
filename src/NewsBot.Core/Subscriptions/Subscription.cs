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
}
