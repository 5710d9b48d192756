namespace NewsBot.Discord.Rest;

/// <summary>
/// One bucket (a Discord bucket id and top-level resource). Its requests go one at a time: each one's
/// response says how many are left and when the bucket refills, which the next one needs to know.
/// </summary>
internal sealed class RateLimitBucket
{
    private readonly Lock _lock = new();
    private int? _remaining;
    private DateTimeOffset _resetAt = DateTimeOffset.MinValue;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>How long the next request must wait, and counts it as taken.</summary>
    public TimeSpan Take(DateTimeOffset now)
    {
        lock (_lock)
        {
            if (now >= _resetAt)
            {
                _remaining = null;
                return TimeSpan.Zero;
            }

            if (_remaining is null or > 0)
            {
                _remaining = _remaining is { } left ? left - 1 : null;
                return TimeSpan.Zero;
            }

            return _resetAt - now;
        }
    }

    public void Update(int? remaining, TimeSpan? resetAfter, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (remaining is { } left)
            {
                _remaining = left;
            }

            if (resetAfter is { } after)
            {
                _resetAt = now + after;
            }
        }
    }

    /// <summary>A 429 on this bucket: nothing goes until <paramref name="until"/>.</summary>
    public void Hold(DateTimeOffset until)
    {
        lock (_lock)
        {
            _remaining = 0;
            if (until > _resetAt)
            {
                _resetAt = until;
            }
        }
    }
}
