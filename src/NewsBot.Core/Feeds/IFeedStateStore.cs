namespace NewsBot.Core.Feeds;

/// <summary>Keeps each feed's fetch state (validators, failures, next check).</summary>
public interface IFeedStateStore
{
    /// <summary>The feed's state, or a new one if it was never polled.</summary>
    Task<FeedState> GetAsync(string feedName, CancellationToken cancellationToken);

    Task SaveAsync(FeedState state, CancellationToken cancellationToken);
}
