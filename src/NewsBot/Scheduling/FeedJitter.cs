namespace NewsBot.Scheduling;

/// <summary>
/// Spreads the feeds' first polls over their interval so that a restart does not fire every feed
/// (and hit the same hosts) at the same second. Deterministic per feed name, so a restart keeps
/// each feed's phase.
/// </summary>
internal static class FeedJitter
{
    public static TimeSpan FirstDelay(string feedName, TimeSpan interval)
    {
        // FNV-1a: stable across runs and processes, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in feedName)
        {
            hash = (hash ^ c) * 16777619u;
        }

        var fraction = hash / (double)uint.MaxValue;
        return TimeSpan.FromSeconds(Math.Min(interval.TotalSeconds, 60) * fraction);
    }
}
