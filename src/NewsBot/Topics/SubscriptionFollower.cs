using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Subscriptions;
using NewsBot.Hosting;

namespace NewsBot.Topics;

/// <summary>
/// Keeps this node's topic index in step with subscriptions made on any node: every
/// <see cref="TopicsOptions.FollowSeconds"/> it asks the store whether they changed (one cheap read)
/// and applies the differences. Every node has an index of its own. A failed check (the database briefly away)
/// is tried again at the next tick, and planning refreshes anyway.
/// </summary>
internal sealed class SubscriptionFollower(
    ActiveSubscriptions subscriptions,
    IOptions<TopicsOptions> options,
    TimeProvider timeProvider,
    ILogger<SubscriptionFollower> logger) : NodeLoop(timeProvider)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.FollowSeconds);

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => subscriptions.RefreshAsync(cancellationToken);

    protected override void LogFailure(Exception exception) => Log.SubscriptionFollowFailed(logger, exception);
}
