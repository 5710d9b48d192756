namespace NewsBot.Core.Delivery;

/// <summary>What one pass over the outbox did.</summary>
/// <param name="Sent">Alerts and updates handed to the platforms.</param>
/// <param name="Retrying">Failed or held back, due again later.</param>
/// <param name="Dead">Given up, with a reason.</param>
/// <param name="Merged">Updates not sent because the story's alert went out after their article joined and already shows it.</param>
/// <param name="Skipped">Closed without resending after an unknown outcome (<c>Delivery:OnUncertain</c>).</param>
public sealed record DispatchReport(int Sent, int Retrying, int Dead, int Merged = 0, int Skipped = 0)
{
    public static DispatchReport Empty { get; } = new(0, 0, 0);

    public int Claimed => Sent + Retrying + Dead + Merged + Skipped;

    public DispatchReport Add(DispatchReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Sent + other.Sent, Retrying + other.Retrying, Dead + other.Dead, Merged + other.Merged, Skipped + other.Skipped);
    }
}
