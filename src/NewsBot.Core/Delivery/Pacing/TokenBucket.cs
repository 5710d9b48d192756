namespace NewsBot.Core.Delivery.Pacing;

/// <summary>
/// A bucket of one token, refilled every <see cref="Interval"/>: sends are spaced evenly at the rate.
/// </summary>
/// <remarks>
/// One token rather than a full burst: a bucket that lets a whole second's (or minute's) worth through at
/// once and then refills at the same rate admits up to twice the limit in some windows, which is exactly
/// what earns 429s. The state is the time the next token is ready, in whole ticks, so a waiter woken at
/// that time always finds it. Not thread-safe; its owner locks.
/// </remarks>
internal sealed class TokenBucket(TimeSpan interval)
{
    private DateTimeOffset _nextToken = DateTimeOffset.MinValue;

    public TimeSpan Interval { get; } = interval;

    public static TokenBucket PerSecond(double rate) => new(TimeSpan.FromTicks((long)Math.Ceiling(TimeSpan.TicksPerSecond / rate)));

    public static TokenBucket PerMinute(int rate) => new(TimeSpan.FromTicks((long)Math.Ceiling((double)TimeSpan.TicksPerMinute / rate)));

    /// <summary>When the next token is there, but not before <paramref name="notBefore"/>.</summary>
    public DateTimeOffset ReadyAt(DateTimeOffset notBefore) => _nextToken > notBefore ? _nextToken : notBefore;

    /// <summary>
    /// Takes the token at <paramref name="at"/>, which may be ahead of the clock (a reservation); call with a
    /// time no earlier than <see cref="ReadyAt"/>.
    /// </summary>
    public void Take(DateTimeOffset at) => _nextToken = at + Interval;
}
