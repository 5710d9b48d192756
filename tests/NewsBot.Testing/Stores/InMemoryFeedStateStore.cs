using NewsBot.Core.Feeds;

namespace NewsBot.Testing.Stores;

/// <summary><see cref="IFeedStateStore"/> in memory: a feed never saved has a new, empty state.</summary>
public sealed class InMemoryFeedStateStore : IFeedStateStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FeedState> _states = new(StringComparer.Ordinal);

    public Task<FeedState> GetAsync(string feedName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(feedName);
        lock (_gate)
        {
            if (!_states.TryGetValue(feedName, out var state))
            {
                state = FeedState.New(feedName);
                _states[feedName] = state;
            }

            return Task.FromResult(state);
        }
    }

    public Task SaveAsync(FeedState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentException.ThrowIfNullOrWhiteSpace(state.FeedName);
        lock (_gate)
        {
            _states[state.FeedName] = state;
        }

        return Task.CompletedTask;
    }
}
