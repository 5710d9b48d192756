using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Alerts;
using NewsBot.Core.Articles;
using NewsBot.Core.Subscriptions;

namespace NewsBot.Core.Delivery;

/// <summary>
/// Drains the outbox: claims due deliveries, composes each alert, hands it to the platform's
/// transport and records the platform's message id. A failure is retried with backoff, or
/// dead-lettered with its reason; a channel the bot can no longer reach has its subscriptions paused.
/// </summary>
/// <remarks>
/// A crash after the platform accepted a message but before <see cref="IDeliveryStore.MarkSentAsync"/>
/// leaves the row leased; it becomes due again when the lease expires and is sent a second time.
/// That window is the time between one HTTP answer and one database write.
/// </remarks>
public sealed class DeliveryDispatcher(
    IDeliveryStore deliveries,
    IArticleStore articles,
    ISubscriptionStore subscriptions,
    IEnumerable<IChatTransport> transports,
    AlertComposer composer,
    IOptions<DeliveryOptions> options,
    TimeProvider timeProvider,
    ILogger<DeliveryDispatcher> logger)
{
    private readonly Dictionary<string, IChatTransport> _transports =
        transports.ToDictionary(t => t.Platform, StringComparer.OrdinalIgnoreCase);

    /// <summary>Claims and sends one batch of due deliveries.</summary>
    public async Task<DispatchReport> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = timeProvider.GetUtcNow();
        var batch = await deliveries.ClaimDueAsync(settings.BatchSize, now, now.AddSeconds(settings.LeaseSeconds), cancellationToken).ConfigureAwait(false);
        if (batch.Count == 0)
        {
            return DispatchReport.Empty;
        }

        var active = (await subscriptions.ListActiveAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.Id);
        var report = DispatchReport.Empty;
        foreach (var delivery in batch)
        {
            report = report.Add(await DispatchOneAsync(delivery, active, settings, cancellationToken).ConfigureAwait(false));
        }

        return report;
    }

    /// <summary>Sends batches until nothing is due now.</summary>
    public async Task<DispatchReport> DispatchAllDueAsync(CancellationToken cancellationToken)
    {
        var total = DispatchReport.Empty;
        while (true)
        {
            var report = await DispatchBatchAsync(cancellationToken).ConfigureAwait(false);
            total = total.Add(report);
            if (report.Claimed == 0 || report.Sent == 0)
            {
                return total;
            }
        }
    }

    private async Task<DispatchReport> DispatchOneAsync(
        Delivery delivery, Dictionary<long, Subscription> active, DeliveryOptions settings, CancellationToken cancellationToken)
    {
        var channel = delivery.Channel.ToString();
        if (!active.TryGetValue(delivery.SubscriptionId, out var subscription))
        {
            return await DeadAsync(delivery, "the subscription was removed or paused before the alert went out", cancellationToken).ConfigureAwait(false);
        }

        if (!_transports.TryGetValue(delivery.Channel.Platform, out var transport))
        {
            return await DeadAsync(delivery, $"no transport is configured for platform '{delivery.Channel.Platform}'", cancellationToken).ConfigureAwait(false);
        }

        var article = await articles.GetAsync(delivery.ArticleId, cancellationToken).ConfigureAwait(false);
        if (article is null)
        {
            return await DeadAsync(delivery, $"article {delivery.ArticleId} no longer exists", cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var messageId = await transport.SendAlertAsync(delivery.Channel, composer.Compose(article, subscription), cancellationToken).ConfigureAwait(false);
            await deliveries.MarkSentAsync(delivery.Id, messageId, timeProvider.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
            Log.DeliverySent(logger, delivery.Id, channel, messageId);
            return new DispatchReport(1, 0, 0);
        }
        catch (ChatDeliveryException ex) when (ex.ChannelUnavailable)
        {
            var paused = await subscriptions.SetPausedAsync(delivery.Channel, true, CancellationToken.None).ConfigureAwait(false);
            Log.ChannelPaused(logger, channel, ex.Message, paused);
            return await DeadAsync(delivery, ex.Message, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var attempt = delivery.Attempts + 1;
            if (attempt >= settings.MaxAttempts)
            {
                return await DeadAsync(delivery, $"gave up after {attempt} attempts: {ex.Message}", CancellationToken.None).ConfigureAwait(false);
            }

            var retryAfter = (ex as ChatDeliveryException)?.RetryAfter ?? TimeSpan.Zero;
            var backoff = TimeSpan.FromSeconds(Math.Min(3600, 5 * Math.Pow(2, attempt - 1)) * (0.8 + (0.4 * Random.Shared.NextDouble())));
            var next = timeProvider.GetUtcNow() + (retryAfter > backoff ? retryAfter : backoff);
            await deliveries.MarkFailedAsync(delivery.Id, ex.Message, next, CancellationToken.None).ConfigureAwait(false);
            Log.DeliveryRetry(logger, delivery.Id, channel, attempt, next, ex.Message);
            return new DispatchReport(0, 1, 0);
        }
    }

    private async Task<DispatchReport> DeadAsync(Delivery delivery, string reason, CancellationToken cancellationToken)
    {
        await deliveries.MarkFailedAsync(delivery.Id, reason, null, cancellationToken).ConfigureAwait(false);
        Log.DeliveryDead(logger, delivery.Id, delivery.Channel.ToString(), reason);
        return new DispatchReport(0, 0, 1);
    }
}
