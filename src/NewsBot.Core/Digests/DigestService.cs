using System.Globalization;
using NewsBot.Core.Commands;
using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;
using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Core.Subscriptions.Query;

namespace NewsBot.Core.Digests;

/// <summary>
/// Posts a digest subscription's message for the window that ends now: the stories of the last day that
/// match its topic, in one message. Each window is posted once; a crash between posting and recording is
/// retried with the same <see cref="Alerts.Alert.DeliveryKey"/>, which idempotent platforms deduplicate.
/// </summary>
public sealed class DigestService(
    ISubscriptionStore subscriptions,
    IStoryQueries stories,
    IDigestRunStore runs,
    IEnumerable<IChatTransport> transports,
    AliasTable aliases,
    TimeProvider timeProvider)
{
    private const int StoriesScanned = 500;

    public async Task<DigestOutcome> RunAsync(long subscriptionId, CancellationToken cancellationToken)
    {
        // By id: a digest firing must not read every subscription of the deployment to find its own.
        var found = await subscriptions.ListActiveByIdsAsync([subscriptionId], cancellationToken).ConfigureAwait(false);
        var subscription = found.Count > 0 ? found[0] : null;
        if (subscription is not { Mode: SubscriptionMode.Digest, DigestAt: { } at })
        {
            return DigestOutcome.NotADigest;
        }

        var zone = DigestZone.Of(subscription);
        var windowEnd = DigestSchedule.PreviousAtOrBefore(timeProvider.GetUtcNow(), at, zone);
        if (!await runs.TryClaimAsync(subscription.Id, windowEnd, cancellationToken).ConfigureAwait(false))
        {
            return DigestOutcome.AlreadySent;
        }

        var windowStart = DigestSchedule.PreviousAtOrBefore(windowEnd.AddTicks(-1), at, zone);
        var filter = new StoryFilter(TopicQuery.Parse(subscription.Query, aliases), aliases);
        var matching = (await stories.ListRecentAsync(windowStart, StoriesScanned, cancellationToken).ConfigureAwait(false))
            .Where(s => s.UpdatedAt < windowEnd && filter.Matches(s))
            .OrderByDescending(s => s.UpdatedAt)
            .ToList();
        if (matching.Count == 0)
        {
            await runs.MarkSentAsync(subscription.Id, windowEnd, null, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            return DigestOutcome.NothingNew;
        }

        var transport = transports.FirstOrDefault(t => string.Equals(t.Platform, subscription.Channel.Platform, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No transport is configured for platform '{subscription.Channel.Platform}'.");
        var alert = DigestComposer.Compose(subscription, matching, windowEnd, zone) with
        {
            DeliveryKey = string.Create(CultureInfo.InvariantCulture, $"digest:{subscription.Id}:{windowEnd.ToUnixTimeSeconds()}"),
        };
        var messageId = await transport.SendAlertAsync(subscription.Channel, alert, cancellationToken).ConfigureAwait(false);
        await runs.MarkSentAsync(subscription.Id, windowEnd, messageId, timeProvider.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
        return DigestOutcome.Sent;
    }
}
