namespace NewsBot.Discord.Rest;

/// <summary>
/// The bot-wide limit: at most N requests in any second (Discord allows 50), and nothing at all while a
/// global 429 holds. Interaction callbacks and follow-ups skip it.
/// </summary>
internal sealed class GlobalRateLimit(int perSecond, TimeProvider timeProvider)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _sent = new();
    private DateTimeOffset _heldUntil = DateTimeOffset.MinValue;

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = TryTake();
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Hold(DateTimeOffset until)
    {
        lock (_lock)
        {
            if (until > _heldUntil)
            {
                _heldUntil = until;
            }
        }
    }

    private TimeSpan TryTake()
    {
        lock (_lock)
        {
            var now = timeProvider.GetUtcNow();
            if (now < _heldUntil)
            {
                return _heldUntil - now;
            }

            while (_sent.Count > 0 && now - _sent.Peek() >= Window)
            {
                _sent.Dequeue();
            }

            if (_sent.Count >= perSecond)
            {
                return _sent.Peek() + Window - now;
            }

            _sent.Enqueue(now);
            return TimeSpan.Zero;
        }
    }
}
