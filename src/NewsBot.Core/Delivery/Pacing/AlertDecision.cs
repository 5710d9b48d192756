namespace NewsBot.Core.Delivery.Pacing;

/// <summary>What <see cref="ChannelAlertPolicy"/> says about one delivery: send it now, or not before a time.</summary>
public sealed record AlertDecision
{
    private AlertDecision(DateTimeOffset? deferUntil, string? reason)
    {
        DeferUntil = deferUntil;
        Reason = reason;
    }

    public static AlertDecision SendNow { get; } = new(null, null);

    /// <summary>When the delivery may go out; null when it may go out now.</summary>
    public DateTimeOffset? DeferUntil { get; }

    /// <summary>Which limit deferred it, for the log; null when it is sent now.</summary>
    public string? Reason { get; }

    public static AlertDecision Defer(DateTimeOffset until, string reason) => new(until, reason);
}
