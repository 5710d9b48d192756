namespace NewsBot.Discord.Rest;

/// <summary>
/// One bucket (a Discord bucket id and top-level resource). Its requests go one at a time: each one's
/// response says how many are left and when the bucket refills, which the next one needs to know.
/// </summary>
internal sealed class RateLimitBucket
{
    /// <summary>
    /// Waited on top of every reset. Discord rounds <c>Reset-After</c> to the millisecond and counts it from
    /// when it handled the request, so a request sent exactly at the reset we compute can still arrive a hair
    /// before Discord's window ends, and be refused. (On loopback this happened in about one burst in ten.)
    /// </summary>
    public static readonly TimeSpan ResetMargin = TimeSpan.FromMilliseconds(50);

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
                _resetAt = now + after + ResetMargin;
            }
        }
    }

    /// <summary>A 429 on this bucket: nothing goes until <paramref name="until"/>.</summary>
    public void Hold(DateTimeOffset until)
    {
        lock (_lock)
        {
            _remaining = 0;
            until += ResetMargin;
            if (until > _resetAt)
            {
                _resetAt = until;
            }
        }
    }
}
