using NewsBot.Core.Delivery;

namespace NewsBot.Core.Subscriptions;

public sealed record NewSubscription
{
    public required ChannelAddress Channel { get; init; }

    public required string Query { get; init; }

    public string? CreatedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
