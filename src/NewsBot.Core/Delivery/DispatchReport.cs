namespace NewsBot.Core.Delivery;

/// <summary>What one pass over the outbox did.</summary>
public sealed record DispatchReport(int Sent, int Retrying, int Dead)
{
    public static DispatchReport Empty { get; } = new(0, 0, 0);

    public int Claimed => Sent + Retrying + Dead;

    public DispatchReport Add(DispatchReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Sent + other.Sent, Retrying + other.Retrying, Dead + other.Dead);
    }
}
