using NewsBot.Core.Platforms;

namespace NewsBot.Telegram.Tests.Polling;

/// <summary>Leases a test can take away, as when the database session holding a PostgreSQL advisory lock drops.</summary>
#pragma warning disable CA1001 // The lease in _current belongs to its holder, which disposes it to give it back.
internal sealed class ControlledLeases : IExclusiveLeases
#pragma warning restore CA1001
{
    private readonly Lock _gate = new();
    private Lease? _current;

    /// <summary>While true, another node is said to hold every lease.</summary>
    public bool HeldElsewhere { get; set; }

    public int Granted { get; private set; }

    public Task<IExclusiveLease?> TryAcquireAsync(string name, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (HeldElsewhere || _current is not null)
            {
                return Task.FromResult<IExclusiveLease?>(null);
            }

            Granted++;
            _current = new Lease(name, this);
            return Task.FromResult<IExclusiveLease?>(_current);
        }
    }

    /// <summary>The holder loses its lease, and another node takes it.</summary>
    public async Task LoseAsync()
    {
        Lease? lost;
        lock (_gate)
        {
            HeldElsewhere = true;
            lost = _current;
        }

        if (lost is not null)
        {
            await lost.LoseAsync();
        }
    }

    private sealed class Lease(string name, ControlledLeases owner) : IExclusiveLease
    {
        private readonly CancellationTokenSource _lost = new();

        public string Name { get; } = name;

        public CancellationToken Lost => _lost.Token;

        public Task LoseAsync() => _lost.CancelAsync();

        public ValueTask DisposeAsync()
        {
            lock (owner._gate)
            {
                if (owner._current == this)
                {
                    owner._current = null;
                }
            }

            return ValueTask.CompletedTask;
        }
    }
}
