using Microsoft.Extensions.Logging;
using NewsBot.Core.Analysis;
using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;

namespace NewsBot.Core.Alerts;

/// <summary>
/// Turns new articles into outbox rows: one per (channel, article), however many of the channel's
/// subscriptions match, so a channel never gets the same article twice. Only instant subscriptions get
/// alerts (digests collect their stories when they fire), and only in the languages they asked for.
/// </summary>
public sealed class AlertPlanner(
    ISubscriptionStore subscriptions,
    ITopicMatcher matcher,
    IDeliveryStore deliveries,
    TimeProvider timeProvider,
    ILogger<AlertPlanner> logger)
{
    /// <summary>Queues the alerts for the articles; returns how many new deliveries were queued.</summary>
    public async Task<int> PlanAsync(IReadOnlyList<AnalyzedArticle> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return 0;
        }

        var active = await subscriptions.ListActiveAsync(cancellationToken).ConfigureAwait(false);

        // The store is the truth (another node or the chat may have changed it); only differences are applied.
        matcher.Synchronize(active);
        var now = timeProvider.GetUtcNow();
        var planned = new Dictionary<(ChannelAddress, long), NewDelivery>();
        var matches = 0;
        foreach (var (article, analysis) in articles)
        {
            foreach (var subscription in matcher.Match(article, analysis).Where(s => Wants(s, analysis)))
            {
                matches++;
                planned.TryAdd((subscription.Channel, article.Id), new NewDelivery
                {
                    Channel = subscription.Channel,
                    ArticleId = article.Id,
                    SubscriptionId = subscription.Id,
                    CreatedAt = now,
                });
            }
        }

        var queued = planned.Count == 0 ? 0 : await deliveries.EnqueueAsync(planned.Values, cancellationToken).ConfigureAwait(false);
        Log.AlertsPlanned(logger, articles.Count, matches, queued);
        return queued;
    }

    private static bool Wants(Subscription subscription, ArticleAnalysis analysis) =>
        subscription.Mode == SubscriptionMode.Instant
        && (subscription.Languages.Count == 0 || subscription.Languages.Contains(analysis.Language, StringComparer.OrdinalIgnoreCase));
}
