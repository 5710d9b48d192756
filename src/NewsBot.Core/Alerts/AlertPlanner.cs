using Microsoft.Extensions.Logging;
using NewsBot.Core.Analysis;
using NewsBot.Core.Delivery;
using NewsBot.Core.Stories;
using NewsBot.Core.Subscriptions;

namespace NewsBot.Core.Alerts;

/// <summary>
/// Turns new articles into outbox rows. A channel gets one alert per story, however many of its
/// subscriptions match and however many articles the story gathers; a later article of a story the
/// channel already has becomes an update. Only instant subscriptions get alerts (digests collect their
/// stories when they fire), and only in the languages they asked for.
/// </summary>
public sealed class AlertPlanner(
    ActiveSubscriptions subscriptions,
    ITopicMatcher matcher,
    IDeliveryStore deliveries,
    TimeProvider timeProvider,
    ILogger<AlertPlanner> logger)
{
    /// <summary>Queues alerts for articles that are not in stories: one per (channel, article).</summary>
    public Task<int> PlanAsync(IReadOnlyList<AnalyzedArticle> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return PlanAsync(articles.Select(a => new StoryArticle(a, null)).ToList(), cancellationToken);
    }

    /// <summary>Queues the alerts and updates for the articles; returns how many new deliveries were queued.</summary>
    public async Task<int> PlanAsync(IReadOnlyList<StoryArticle> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return 0;
        }

        // The store is the truth (another node or the chat may have changed it); only differences are applied.
        await subscriptions.RefreshAsync(cancellationToken).ConfigureAwait(false);
        var now = timeProvider.GetUtcNow();
        var planned = new Dictionary<(ChannelAddress, long), NewDelivery>();
        var alertedStories = new HashSet<(ChannelAddress, long)>();
        var matches = 0;
        foreach (var (analyzed, storyId) in articles)
        {
            var (article, analysis) = analyzed;
            foreach (var subscription in matcher.Match(article, analysis).Where(s => Wants(s, analysis)))
            {
                matches++;
                var channel = subscription.Channel;
                if (planned.ContainsKey((channel, article.Id)))
                {
                    continue;
                }

                var kind = storyId is { } story && await HasAlertAsync(channel, story, alertedStories, cancellationToken).ConfigureAwait(false)
                    ? DeliveryKind.Update
                    : DeliveryKind.Alert;
                if (storyId is { } newStory)
                {
                    alertedStories.Add((channel, newStory));
                }

                planned[(channel, article.Id)] = new NewDelivery
                {
                    Channel = channel,
                    ArticleId = article.Id,
                    StoryId = storyId,
                    Kind = kind,
                    SubscriptionId = subscription.Id,
                    CreatedAt = now,
                };
            }
        }

        var queued = planned.Count == 0 ? 0 : await deliveries.EnqueueAsync(planned.Values, cancellationToken).ConfigureAwait(false);
        Log.AlertsPlanned(logger, articles.Count, matches, queued);
        return queued;
    }

    private async Task<bool> HasAlertAsync(ChannelAddress channel, long storyId, HashSet<(ChannelAddress, long)> inThisBatch, CancellationToken cancellationToken) =>
        inThisBatch.Contains((channel, storyId))
        || await deliveries.FindAlertAsync(channel, storyId, cancellationToken).ConfigureAwait(false) is not null;

    private static bool Wants(Subscription subscription, ArticleAnalysis analysis) =>
        subscription.Mode == SubscriptionMode.Instant
        && (subscription.Languages.Count == 0 || subscription.Languages.Contains(analysis.Language, StringComparer.OrdinalIgnoreCase));
}
