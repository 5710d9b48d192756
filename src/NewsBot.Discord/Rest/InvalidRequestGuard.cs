namespace NewsBot.Discord.Rest;

/// <summary>
/// Counts the answers Discord holds against the bot's IP (401, 403, and 429 except scope <c>shared</c>) over a
/// rolling 10 minutes. At 10,000 Cloudflare bans the IP; past the budget this guard holds every request until
/// the window has room again, so a bug that loops on a refused request cannot get the bot banned.
/// </summary>
internal sealed class InvalidRequestGuard(int budget, TimeProvider timeProvider)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _invalid = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                Prune(timeProvider.GetUtcNow());
                return _invalid.Count;
            }
        }
    }

    /// <summary>Records an invalid request; true when this one used up the budget.</summary>
    public bool Record()
    {
        lock (_lock)
        {
            var now = timeProvider.GetUtcNow();
            Prune(now);
            _invalid.Enqueue(now);
            return _invalid.Count == budget;
        }
    }

    /// <summary>How long requests must wait before the window has room again; zero when it has now.</summary>
    public TimeSpan Wait()
    {
        lock (_lock)
        {
            var now = timeProvider.GetUtcNow();
            Prune(now);
            return _invalid.Count < budget ? TimeSpan.Zero : _invalid.Peek() + Window - now;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        while (_invalid.Count > 0 && now - _invalid.Peek() >= Window)
        {
            _invalid.Dequeue();
        }
    }
}
