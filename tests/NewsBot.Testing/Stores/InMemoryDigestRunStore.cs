using NewsBot.Core.Digests;

namespace NewsBot.Testing.Stores;

/// <summary><see cref="IDigestRunStore"/> in memory, with the SQLite store's rules.</summary>
public sealed class InMemoryDigestRunStore : IDigestRunStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(long, DateTimeOffset), bool> _sent = [];

    public Task<bool> TryClaimAsync(long subscriptionId, DateTimeOffset windowEnd, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_sent.TryGetValue((subscriptionId, windowEnd), out var sent) && sent)
            {
                return Task.FromResult(false);
            }

            _sent[(subscriptionId, windowEnd)] = false;
            return Task.FromResult(true);
        }
    }

    public Task MarkSentAsync(long subscriptionId, DateTimeOffset windowEnd, string? messageId, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _sent[(subscriptionId, windowEnd)] = true;
            return Task.CompletedTask;
        }
    }
}
