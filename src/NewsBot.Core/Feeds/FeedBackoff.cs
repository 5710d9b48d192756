namespace NewsBot.Core.Feeds;

/// <summary>
/// When to try a failing feed again: the feed's interval doubled per failure in a row, capped, with
/// ±10 % jitter so feeds that broke together (one host down) do not retry in lockstep.
/// </summary>
internal static class FeedBackoff
{
    public static TimeSpan Delay(TimeSpan interval, int consecutiveFailures, TimeSpan max, double jitterSample)
    {
        var exponent = Math.Clamp(consecutiveFailures - 1, 0, 20);
        var raw = interval.TotalSeconds * Math.Pow(2, exponent);
        var capped = Math.Min(raw, max.TotalSeconds);
        var jitter = 0.9 + (0.2 * Math.Clamp(jitterSample, 0, 1));
        return TimeSpan.FromSeconds(capped * jitter);
    }
}
