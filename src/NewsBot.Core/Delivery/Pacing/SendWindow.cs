namespace NewsBot.Core.Delivery.Pacing;

/// <summary>
/// The platform's hard cap: at most <see cref="Places"/> sends in any one second, counted on when sends really left
/// (or were answered), not on when the pacing scheduled them.
/// </summary>
/// <remarks>
/// The platform's <see cref="TokenBucket"/> spaces reservations evenly, but a send leaves when its timer fires and
/// its thread gets the CPU: on a loaded machine the sends of a stall leave together with the on-time ones after
/// them, and the platform counts more than its limit in one second. This window is what the platform counts.
/// Not thread-safe; its owner locks.
/// </remarks>
internal sealed class SendWindow(int places, PlatformWindowStart start)
{
    private static readonly TimeSpan Span = TimeSpan.FromSeconds(1);

    private readonly List<Place> _taken = [];

    public int Places { get; } = places;

    /// <summary>The window of a platform paced at <paramref name="rate"/> a second: that many places, rounded up.</summary>
    public static SendWindow ForRate(double rate, PlatformWindowStart start) => new(Math.Max(1, (int)Math.Ceiling(rate - 1e-9)), start);

    /// <summary>
    /// When a place is free, <paramref name="now"/> when one is; null when every place is held by a send still
    /// waiting for its answer, whose release is not known yet.
    /// </summary>
    public DateTimeOffset? FreeAt(DateTimeOffset now)
    {
        _taken.RemoveAll(place => place.ReleasedAt <= now);
        if (_taken.Count < Places)
        {
            return now;
        }

        DateTimeOffset? earliest = null;
        foreach (var place in _taken)
        {
            if (place.ReleasedAt is { } released && (earliest is null || released < earliest))
            {
                earliest = released;
            }
        }

        return earliest;
    }

    /// <summary>Takes a place for a send leaving at <paramref name="now"/>; call when <see cref="FreeAt"/> said now.</summary>
    public Place Take(DateTimeOffset now)
    {
        var place = new Place(start == PlatformWindowStart.Send ? now + Span : null);
        _taken.Add(place);
        return place;
    }

    /// <summary>One send's place in the window.</summary>
    internal sealed class Place(DateTimeOffset? releasedAt)
    {
        public DateTimeOffset? ReleasedAt { get; private set; } = releasedAt;

        /// <summary>The send's answer (or failure) came at <paramref name="at"/>: a place still open frees a second later.</summary>
        public void Answered(DateTimeOffset at) => ReleasedAt ??= at + Span;
    }
}
