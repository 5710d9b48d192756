namespace NewsBot.Core.Delivery.Pacing;

/// <summary>Exponential backoff with jitter, so senders that failed together do not retry together.</summary>
internal static class RetryBackoff
{
    /// <summary>
    /// The delay before retry <paramref name="retry"/> (0 for the first): <paramref name="baseDelay"/> doubled
    /// per retry, then scaled by a factor in [0.5, 1.5) drawn from <paramref name="random"/>.
    /// </summary>
    public static TimeSpan Delay(int retry, TimeSpan baseDelay, Func<double> random)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(retry);
        var nominal = baseDelay.TotalSeconds * Math.Pow(2, Math.Min(retry, 30));
        return TimeSpan.FromSeconds(nominal * (0.5 + random()));
    }
}
