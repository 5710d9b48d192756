using System.Collections.Concurrent;

namespace NewsBot.Core.Platforms;

/// <summary>
/// <see cref="IExclusiveLeases"/> for a single node (the SQLite set-up): a lease is exclusive within
/// this process only, which is all one node needs. Several nodes use the database's own locks instead.
/// </summary>
public sealed class InProcessExclusiveLeases : IExclusiveLeases
{
    private readonly ConcurrentDictionary<string, Lease> _held = new(StringComparer.Ordinal);

    public Task<IExclusiveLease?> TryAcquireAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var lease = new Lease(name, this);
        return Task.FromResult<IExclusiveLease?>(_held.TryAdd(name, lease) ? lease : null);
    }

    private void Release(Lease lease) => _held.TryRemove(new KeyValuePair<string, Lease>(lease.Name, lease));

    private sealed class Lease(string name, InProcessExclusiveLeases owner) : IExclusiveLease
    {
        private readonly CancellationTokenSource _lost = new();
        private int _disposed;

        public string Name { get; } = name;

        public CancellationToken Lost => _lost.Token;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Release(this);
                // Not disposed: a holder may still read Lost after giving the lease back.
                _lost.Cancel();
            }

            return ValueTask.CompletedTask;
        }
    }
}
