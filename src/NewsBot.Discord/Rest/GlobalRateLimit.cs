namespace NewsBot.Discord.Rest;

/// <summary>
/// The bot-wide limit: at most N requests in any second (Discord allows 50), and nothing at all while a
/// global 429 holds. Interaction callbacks and follow-ups skip it.
/// </summary>
/// <remarks>
/// Discord counts a request when it arrives, which is some time between when it was sent and when its answer
/// came back. So a request holds its slot until one second after its answer (not after its sending): then no
/// second on Discord's clock can see more than N of them, however the network bunches them up.
/// </remarks>
internal sealed class GlobalRateLimit(int perSecond, TimeProvider timeProvider)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    // Re-checked this often while every slot is held by a request still waiting for its answer.
    private static readonly TimeSpan InFlightPoll = TimeSpan.FromMilliseconds(20);

    private readonly Lock _lock = new();
    private readonly TimeProvider _timeProvider = timeProvider;
    private readonly List<Slot> _slots = [];
    private DateTimeOffset _heldUntil = DateTimeOffset.MinValue;

    /// <summary>Waits for a slot; complete it when the answer arrives.</summary>
    public async Task<Slot> WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var (slot, wait) = TryTake();
            if (slot is not null)
            {
                return slot;
            }

            await Task.Delay(wait, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>How long a global 429 still holds every request; zero when none does.</summary>
    public TimeSpan HeldFor()
    {
        lock (_lock)
        {
            var left = _heldUntil - _timeProvider.GetUtcNow();
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
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

    private (Slot? Slot, TimeSpan Wait) TryTake()
    {
        lock (_lock)
        {
            var now = _timeProvider.GetUtcNow();
            if (now < _heldUntil)
            {
                return (null, _heldUntil - now);
            }

            _slots.RemoveAll(s => s.CompletedAt is { } done && now - done >= Window);
            if (_slots.Count >= perSecond)
            {
                var frees = _slots.Where(s => s.CompletedAt is not null).Select(s => s.CompletedAt!.Value + Window - now).DefaultIfEmpty(InFlightPoll).Min();
                return (null, frees);
            }

            var slot = new Slot(this);
            _slots.Add(slot);
            return (slot, TimeSpan.Zero);
        }
    }

    /// <summary>One request's place in the global window.</summary>
    internal sealed class Slot(GlobalRateLimit owner)
    {
        public DateTimeOffset? CompletedAt { get; private set; }

        /// <summary>The answer arrived (or the request failed): the slot frees one second from now.</summary>
        public void Complete()
        {
            lock (owner._lock)
            {
                CompletedAt ??= owner._timeProvider.GetUtcNow();
            }
        }
    }
}
