using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using System.Runtime.CompilerServices;
using NewsBot.Core.Alerts;
using NewsBot.Core.Delivery.Pacing;
using NewsBot.Core.Subscriptions;

namespace NewsBot.Core.Delivery;

/// <summary>
/// Drains the outbox: claims due deliveries, composes each alert, hands it to the platform's
/// transport and records the platform's message id. A failure is retried with backoff, or
/// dead-lettered with its reason; a channel the bot can no longer reach has its subscriptions paused.
/// </summary>
/// <remarks>
/// A crash after the platform accepted a message but before <see cref="IDeliveryStore.MarkSentAsync"/>
/// leaves the row leased; it becomes due again when the lease expires and is sent again with the same
/// <see cref="Alert.DeliveryKey"/>. A platform that deduplicates on it (Discord's enforced nonce) posts
/// once; one that cannot (Telegram) posts twice in that window only — the time between one HTTP
/// answer and one database write.
/// No send starts past half the lease, pacing waits included (<see cref="Alert.SendBy"/>): after the
/// lease another worker may claim the row, and both would post. A send under way holds its lease for as long as it
/// takes (<see cref="LeaseKeeper"/>).
/// A send whose answer was lost (<see cref="ChatDeliveryException.OutcomeUnknown"/>) on a platform that cannot
/// deduplicate a retry becomes <see cref="DeliveryStatus.Uncertain"/>; after <see cref="DeliveryOptions.UncertainWaitSeconds"/>
/// it is closed unsent or sent once more, by <see cref="DeliveryOptions.OnUncertain"/>. Either way an alert is never
/// sent blind more than twice.
/// </remarks>
public sealed class DeliveryDispatcher(
    IDeliveryStore deliveries,
    ISubscriptionStore subscriptions,
    IEnumerable<IChatTransport> transports,
    StoryContentLoader content,
    ChannelAlertPolicy alertPolicy,
    IOptions<DeliveryOptions> options,
    DeliveryMetrics metrics,
    TimeProvider timeProvider,
    ILogger<DeliveryDispatcher> logger)
{
    // How often a platform with nothing due looks again while another platform's backlog keeps the run going:
    // its new rows wait at most this long, not for the other backlog to end.
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(1);

    // Tries of a sent message's record, the waits between them doubling from RecordBackoff: 7.75 s in all, well
    // inside the shortest lease (10 s) even before its keeper moves it on.
    internal const int RecordAttempts = 6;
    internal static readonly TimeSpan RecordBackoff = TimeSpan.FromMilliseconds(250);

    private readonly Dictionary<string, IChatTransport> _transports =
        transports.ToDictionary(t => t.Platform, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Claims and sends one batch of due deliveries. Channels are served in parallel (a slow or paced
    /// channel does not hold the others up) and each channel's alerts in order, one at a time.
    /// </summary>
    public async Task<DispatchReport> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        using var drain = Drain(null);
        return await drain.RunAsync(claimOnce: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends until nothing is due now: each platform is drained on its own (so a slower one does not hold back
    /// a faster one's claims), claiming while fewer than <see cref="DeliveryOptions.MaxInFlightPerPlatform"/> of its
    /// rows are in flight. The run ends when no platform has anything due: until then a platform whose rows ran
    /// out keeps looking for new ones. Then a pass over every platform settles rows of platforms with no transport.
    /// </summary>
    public async Task<DispatchReport> DispatchAllDueAsync(CancellationToken cancellationToken)
    {
        var group = new DrainGroup(_transports.Count, IdlePoll, timeProvider);
        var perPlatform = await Task.WhenAll(_transports.Keys.Select(platform => DrainAsync(platform, group, cancellationToken))).ConfigureAwait(false);
        var rest = await DrainAsync(null, null, cancellationToken).ConfigureAwait(false);
        return perPlatform.Aggregate(rest, (sum, r) => sum.Add(r));
    }

    private async Task<DispatchReport> DrainAsync(string? platform, DrainGroup? group, CancellationToken cancellationToken)
    {
        using var drain = Drain(platform, group);
        return await drain.RunAsync(claimOnce: false, cancellationToken).ConfigureAwait(false);
    }

    private OutboxDrain Drain(string? platform, DrainGroup? group = null)
    {
        var settings = options.Value;
        return new OutboxDrain(
            settings.MaxInFlightPerPlatform,
            settings.BatchSize,
            (limit, cancellationToken) => ClaimAsync(platform, limit, settings, cancellationToken),
            (delivery, batch, cancellationToken) => DispatchClaimedAsync(delivery, batch, settings, cancellationToken),
            group);
    }

    private async Task<ClaimedBatch> ClaimAsync(string? platform, int limit, DeliveryOptions settings, CancellationToken cancellationToken)
    {
        var claimedAt = timeProvider.GetUtcNow();
        var rows = await deliveries.ClaimDueAsync(platform, limit, claimedAt, claimedAt.AddSeconds(settings.LeaseSeconds), cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return ClaimedBatch.Empty;
        }

        // Read after the claim, so a subscription removed before it is seen as gone; only the batch's own, by id.
        var ids = rows.Select(d => d.SubscriptionId).Distinct().ToList();
        var active = await subscriptions.ListActiveByIdsAsync(ids, cancellationToken).ConfigureAwait(false);
        return new ClaimedBatch(rows, active.ToDictionary(s => s.Id), claimedAt.AddSeconds(settings.LeaseSeconds / 2.0));
    }

    private async Task<DispatchReport> DispatchClaimedAsync(Delivery delivery, ClaimedBatch batch, DeliveryOptions settings, CancellationToken cancellationToken)
    {
        // Past half the lease, a row still waiting for its channel's turn is handed back rather than sent late:
        // once the lease ends another worker may claim it, and both would post.
        if (timeProvider.GetUtcNow() > batch.HandBackAfter)
        {
            await deliveries.HandBackAsync(delivery, timeProvider.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
            return new DispatchReport(0, 1, 0);
        }

        return await DispatchIsolatedAsync(delivery, batch, settings, cancellationToken).ConfigureAwait(false);
    }

    // One delivery is one unit of failure: loading its story, composing or rendering it, or an unexpected
    // exception anywhere before the platform has it, is retried or dead-lettered like a refused send, and the
    // channel's next deliveries go on. After the hand-over only recording the send can throw, and that must
    // not count as a failed send (see below): it leaves the row leased, as before.
    private async Task<DispatchReport> DispatchIsolatedAsync(Delivery delivery, ClaimedBatch batch, DeliveryOptions settings, CancellationToken cancellationToken)
    {
        var handedOver = new StrongBox<bool>();
        try
        {
            return await DispatchOneAsync(delivery, batch, settings, handedOver, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!handedOver.Value && (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested))
        {
            Log.DeliveryCrashed(logger, delivery.Id, delivery.Channel.ToString(), ex);
            return await RetryOrDeadAsync(delivery, ex, settings, beforeHandOver: true).ConfigureAwait(false);
        }
    }

    private async Task<DispatchReport> DispatchOneAsync(
        Delivery delivery, ClaimedBatch batch, DeliveryOptions settings, StrongBox<bool> handedOver, CancellationToken cancellationToken)
    {
        var handBackAfter = batch.HandBackAfter;
        var channel = delivery.Channel.ToString();
        if (delivery.Status == DeliveryStatus.Uncertain && settings.OnUncertain == UncertainPolicy.Skip)
        {
            // Recording the close is the whole step: if it throws, the row must stay leased rather than be
            // counted a failed send, which would send it again.
            handedOver.Value = true;
            return await SkipAsync(delivery, $"not sent again under Delivery:OnUncertain = skip; the platform's answer was lost: {delivery.LastError}").ConfigureAwait(false);
        }

        if (!batch.Subscriptions.TryGetValue(delivery.SubscriptionId, out var subscription))
        {
            return await DeadUnsentAsync(delivery, "the subscription was removed or paused before the alert went out", cancellationToken).ConfigureAwait(false);
        }

        if (!_transports.TryGetValue(delivery.Channel.Platform, out var transport))
        {
            return await DeadUnsentAsync(delivery, $"no transport is configured for platform '{delivery.Channel.Platform}'", cancellationToken).ConfigureAwait(false);
        }

        // The story is loaded once the row is known to go out now: under a backlog most claimed alerts of a channel
        // at its limits are deferred again, and loading their stories first was most of a late hour's delivery work.
        Task<StoryContent> LoadStoryAsync() => batch.StoryAsync(delivery, () => content.LoadAsync(delivery, cancellationToken));
        Func<Task<string>> send;
        if (delivery.Kind == DeliveryKind.Update && delivery.StoryId is { } storyId)
        {
            var original = await deliveries.FindAlertAsync(delivery.Channel, storyId, cancellationToken).ConfigureAwait(false);
            switch (original)
            {
                case null or { Status: DeliveryStatus.Dead }:
                    return await DeadUnsentAsync(delivery, "the story's alert was not delivered to this channel", cancellationToken).ConfigureAwait(false);
                case { Status: DeliveryStatus.Skipped }:
                    return await DeadUnsentAsync(delivery, "the story's alert had an unknown outcome and was not sent again: there is no known message to update", cancellationToken).ConfigureAwait(false);
                case { Status: DeliveryStatus.Due or DeliveryStatus.Uncertain } alert:
                    // Not before the alert's own next attempt: a channel's daily cap holds an alert to midnight, and its
                    // story's updates, looked at again every pass, were most of a late hour's claims.
                    var nextPass = timeProvider.GetUtcNow().AddSeconds(settings.IntervalSeconds);
                    return await DeferUnsentAsync(delivery, alert.NextAttemptAt > nextPass ? alert.NextAttemptAt : nextPass, "waits for the story's alert").ConfigureAwait(false);
                case { SentAt: { } sentAt, MessageId: { } alertMessage } when sentAt >= delivery.CreatedAt:
                    // The alert went out after this article joined, so it already shows it.
                    return await MergeAsync(delivery, alertMessage, sentAt).ConfigureAwait(false);
                case { MessageId: { } alertMessage } when await deliveries.LastWrittenAtAsync(delivery.Channel, storyId, alertMessage, cancellationToken).ConfigureAwait(false) is { } written
                    && written >= delivery.CreatedAt:
                    // An edit made after this article joined showed the story as it stood, this article included: under a
                    // backlog a story's updates wait in line, and sending each would rewrite the message to the same text.
                    return await MergeAsync(delivery, alertMessage, written).ConfigureAwait(false);
                default:
                    var story = await LoadStoryAsync().ConfigureAwait(false);
                    if (story.Articles.Count == 0)
                    {
                        return await ArticleGoneAsync(delivery, cancellationToken).ConfigureAwait(false);
                    }

                    var mayEdit = timeProvider.GetUtcNow() - original.SentAt <= TimeSpan.FromMinutes(settings.EditWindowMinutes);
                    var update = AlertUpdateComposer.Compose(story, delivery.ArticleId, subscription, original.MessageId!, mayEdit);
                    // The row's key goes with a follow-up as with an alert: a platform that deduplicates on it (Discord's
                    // enforced nonce) posts a resent follow-up once.
                    update = update with
                    {
                        Updated = update.Updated with
                        {
                            DeliveryKey = delivery.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                            SendBy = handBackAfter,
                        },
                    };
                    send = () => transport.SendUpdateAsync(delivery.Channel, update, cancellationToken);
                    break;
            }
        }
        else
        {
            var decision = await alertPolicy.DecideAsync(delivery, cancellationToken).ConfigureAwait(false);
            if (decision.DeferUntil is { } until)
            {
                return await DeferUnsentAsync(delivery, until, decision.Reason ?? "channel limit").ConfigureAwait(false);
            }

            var story = await LoadStoryAsync().ConfigureAwait(false);
            if (story.Articles.Count == 0)
            {
                return await ArticleGoneAsync(delivery, cancellationToken).ConfigureAwait(false);
            }

            var alert = AlertComposer.Compose(story, subscription) with
            {
                DeliveryKey = delivery.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                SendBy = handBackAfter,
            };
            send = () => transport.SendAlertAsync(delivery.Channel, alert, cancellationToken);
        }

        // Checked again here: looking the story and the channel's limits up can take a while on a busy
        // database, and a send that starts after the lease ran out may race another node's.
        if (timeProvider.GetUtcNow() > handBackAfter)
        {
            await deliveries.HandBackAsync(delivery, timeProvider.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
            return new DispatchReport(0, 1, 0);
        }

        if (delivery.Status == DeliveryStatus.Uncertain)
        {
            Log.DeliveryRetriedUncertain(logger, delivery.Id, channel);
            metrics.Retried(delivery.Channel.Platform);
        }

        handedOver.Value = true;

        // Let go of the lease only once the send is settled: stopping the keeper before would put a wait between
        // the platform's answer and its record, the window in which a crash posts the alert twice. A move of the
        // lease that comes after the settlement is refused by its fence.
        var keeper = LeaseKeeper.Start(deliveries, delivery, TimeSpan.FromSeconds(settings.LeaseSeconds), timeProvider, logger);
        try
        {
            return await SendAndSettleAsync(delivery, send, settings, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await keeper.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<DispatchReport> SendAndSettleAsync(Delivery delivery, Func<Task<string>> send, DeliveryOptions settings, CancellationToken cancellationToken)
    {
        var channel = delivery.Channel.ToString();
        string messageId;
        try
        {
            messageId = await send().ConfigureAwait(false);
        }
        catch (ChatDeliveryException ex) when (ex.ChannelUnavailable)
        {
            var paused = await subscriptions.SetPausedAsync(delivery.Channel, true, CancellationToken.None).ConfigureAwait(false);
            Log.ChannelPaused(logger, channel, ex.Message, paused);
            return await DeadAsync(delivery, ex.Message, CancellationToken.None).ConfigureAwait(false);
        }
        catch (ChatDeliveryException ex) when (ex.NotAttempted && ex.RetryAfter is { } wait)
        {
            // Pacing held it back without sending: not a failed attempt, just later.
            return await DeferAsync(delivery, timeProvider.GetUtcNow() + wait, ex.Message).ConfigureAwait(false);
        }
        catch (ChatDeliveryException ex) when (ex.OutcomeUnknown && !ex.RetryIsIdempotent)
        {
            return await UncertainAsync(delivery, ex, settings).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return await RetryOrDeadAsync(delivery, ex, settings).ConfigureAwait(false);
        }

        // Outside the try: a failure to record the send must not count as a failed send (that would post
        // it again at once). The row stays leased, comes back after the lease, and the resend carries the
        // same DeliveryKey.
        await RecordSentAsync(delivery, messageId).ConfigureAwait(false);
        Log.DeliverySent(logger, delivery.Id, channel, messageId);
        return new DispatchReport(1, 0, 0);
    }

    // The platform has the message: its record is not given up on a passing database error (a pool exhausted, a
    // connection reset, a lock timeout), or the row comes back when its lease ends and is posted again. Three nodes
    // on a database short of connections posted 16 of 10,000 alerts twice that way. Tried again for a few seconds while
    // the lease keeper holds the row; a database away for longer leaves the row leased, as before. A cancellation is no
    // passing error, and is not tried again.
    private async Task RecordSentAsync(Delivery delivery, string messageId)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await deliveries.MarkSentAsync(delivery.Id, messageId, timeProvider.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (attempt < RecordAttempts && ex is not OperationCanceledException)
            {
                var wait = RecordBackoff * (1 << (attempt - 1));
                Log.DeliveryRecordRetried(logger, delivery.Id, delivery.Channel.ToString(), attempt, wait.TotalSeconds, ex);
                await Task.Delay(wait, timeProvider).ConfigureAwait(false);
            }
        }
    }

    private async Task<DispatchReport> RetryOrDeadAsync(Delivery delivery, Exception ex, DeliveryOptions settings, bool beforeHandOver = false)
    {
        var attempt = delivery.Attempts + 1;
        if (attempt >= settings.MaxAttempts)
        {
            var reason = $"gave up after {attempt} attempts: {ex.Message}";
            return beforeHandOver
                ? await DeadUnsentAsync(delivery, reason, CancellationToken.None).ConfigureAwait(false)
                : await DeadAsync(delivery, reason, CancellationToken.None).ConfigureAwait(false);
        }

        var retryAfter = (ex as ChatDeliveryException)?.RetryAfter ?? TimeSpan.Zero;
        var backoff = TimeSpan.FromSeconds(Math.Min(3600, 5 * Math.Pow(2, attempt - 1)) * (0.8 + (0.4 * Random.Shared.NextDouble())));
        var next = timeProvider.GetUtcNow() + (retryAfter > backoff ? retryAfter : backoff);
        if (beforeHandOver)
        {
            if (!await deliveries.FailClaimedAsync(delivery, ex.Message, next, CancellationToken.None).ConfigureAwait(false))
            {
                return ClaimLost(delivery, "retried later");
            }
        }
        else
        {
            await deliveries.MarkFailedAsync(delivery.Id, ex.Message, next, CancellationToken.None).ConfigureAwait(false);
        }

        Log.DeliveryRetry(logger, delivery.Id, delivery.Channel.ToString(), attempt, next, ex.Message);
        return new DispatchReport(0, 1, 0);
    }

    // The first unknown outcome waits to be settled by the policy; a second one (the policy's one retry, or a
    // later send after that retry failed outright) is closed: a third blind send could post a third copy.
    private async Task<DispatchReport> UncertainAsync(Delivery delivery, ChatDeliveryException ex, DeliveryOptions settings)
    {
        if (delivery.Status == DeliveryStatus.Uncertain || delivery.UncertainAt is not null)
        {
            return await SkipAsync(delivery, $"the platform's answer was lost again, after the one resend an unknown outcome allows: {ex.Message}").ConfigureAwait(false);
        }

        var now = timeProvider.GetUtcNow();
        var settleAt = now.AddSeconds(settings.UncertainWaitSeconds);
        await deliveries.MarkUncertainAsync(delivery.Id, ex.Message, now, settleAt, CancellationToken.None).ConfigureAwait(false);
        Log.DeliveryUncertain(logger, delivery.Id, delivery.Channel.ToString(), settleAt, settings.OnUncertain == UncertainPolicy.Skip ? "closed unsent" : "sent once more", ex.Message);
        metrics.Held(delivery.Channel.Platform);
        return new DispatchReport(0, 1, 0);
    }

    private Task<DispatchReport> ArticleGoneAsync(Delivery delivery, CancellationToken cancellationToken) =>
        DeadUnsentAsync(delivery, $"article {delivery.ArticleId} no longer exists", cancellationToken);

    private async Task<DispatchReport> SkipAsync(Delivery delivery, string reason)
    {
        await deliveries.MarkSkippedAsync(delivery.Id, reason, CancellationToken.None).ConfigureAwait(false);
        Log.DeliverySkippedUncertain(logger, delivery.Id, delivery.Channel.ToString(), reason);
        metrics.Skipped(delivery.Channel.Platform);
        return new DispatchReport(0, 0, 0, Skipped: 1);
    }

    // Before the hand-over a row is held by its claim's lease alone, which may have run out while the channel's limits,
    // the story or a busy database were waited for: another pass or node may be sending the row now. Settling it then
    // would free that claim's lease, and a third could post it again; so these settlements are fenced by the lease,
    // and one refused leaves the row to the claim that holds it.
    private async Task<DispatchReport> DeferUnsentAsync(Delivery delivery, DateTimeOffset until, string reason)
    {
        if (!await deliveries.DeferClaimedAsync(delivery, until, CancellationToken.None).ConfigureAwait(false))
        {
            return ClaimLost(delivery, "deferred");
        }

        Log.DeliveryDeferred(logger, delivery.Id, delivery.Channel.ToString(), until, reason);
        return new DispatchReport(0, 1, 0);
    }

    private async Task<DispatchReport> DeadUnsentAsync(Delivery delivery, string reason, CancellationToken cancellationToken)
    {
        if (!await deliveries.FailClaimedAsync(delivery, reason, null, cancellationToken).ConfigureAwait(false))
        {
            return ClaimLost(delivery, "dead-lettered");
        }

        Log.DeliveryDead(logger, delivery.Id, delivery.Channel.ToString(), reason);
        return new DispatchReport(0, 0, 1);
    }

    // Recorded at the time of the write that shows it, so that time says what the message shows (LastWrittenAtAsync).
    private async Task<DispatchReport> MergeAsync(Delivery delivery, string alertMessage, DateTimeOffset writtenAt) =>
        await deliveries.MergeClaimedAsync(delivery, alertMessage, writtenAt, CancellationToken.None).ConfigureAwait(false)
            ? new DispatchReport(0, 0, 0, Merged: 1)
            : ClaimLost(delivery, "merged into its story's alert");

    private DispatchReport ClaimLost(Delivery delivery, string outcome)
    {
        Log.DeliveryClaimLost(logger, delivery.Id, delivery.Channel.ToString(), outcome);
        return new DispatchReport(0, 1, 0);
    }

    // After the hand-over the lease keeper holds the row's lease, under a value the claim no longer knows.
    private async Task<DispatchReport> DeferAsync(Delivery delivery, DateTimeOffset until, string reason)
    {
        await deliveries.DeferAsync(delivery.Id, until, CancellationToken.None).ConfigureAwait(false);
        Log.DeliveryDeferred(logger, delivery.Id, delivery.Channel.ToString(), until, reason);
        return new DispatchReport(0, 1, 0);
    }

    private async Task<DispatchReport> DeadAsync(Delivery delivery, string reason, CancellationToken cancellationToken)
    {
        await deliveries.MarkFailedAsync(delivery.Id, reason, null, cancellationToken).ConfigureAwait(false);
        Log.DeliveryDead(logger, delivery.Id, delivery.Channel.ToString(), reason);
        return new DispatchReport(0, 0, 1);
    }
}
