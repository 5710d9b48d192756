namespace NewsBot.Scheduling;

/// <summary>
/// Spreads the feeds' first polls over their whole interval, so that the polls of a cycle are spread
/// evenly instead of all falling due in the same minute of every cycle (each later poll keeps its feed's
/// phase). Deterministic per feed name, so a restart lays the feeds out the same way again.
/// </summary>
internal static class FeedJitter
{
    public static TimeSpan FirstDelay(string feedName, TimeSpan interval) =>
        TimeSpan.FromTicks((long)(interval.Ticks * Fraction(feedName)));

    /// <summary>The feed's place in its interval, in [0, 1).</summary>
    internal static double Fraction(string feedName)
    {
        // FNV-1a: stable across runs and processes, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in feedName)
        {
            hash = (hash ^ c) * 16777619u;
        }

        // Names that differ only in their last digits ("feed-1041", "feed-1042") leave FNV-1a's high bits
        // close together; a final avalanche (murmur3's) spreads them over the whole range.
        hash ^= hash >> 16;
        hash *= 0x85ebca6bu;
        hash ^= hash >> 13;
        hash *= 0xc2b2ae35u;
        hash ^= hash >> 16;
        return hash / 4294967296.0;
    }
}
