using System.Globalization;
using Microsoft.Extensions.Options;

namespace NewsBot.Core.Delivery.Pacing;

/// <summary>
/// Applies a channel's own limits before an alert is sent: a daily cap, and a least interval between two
/// alerts. An alert past a limit is deferred (past the cap, to the next local day), never dropped.
/// </summary>
/// <remarks>
/// It counts what the outbox recorded as sent, so two workers deciding for one channel at the same moment can
/// both say yes: the cap may be passed by the number of workers sending to that channel at once.
/// </remarks>
public sealed class ChannelAlertPolicy(IDeliveryStore deliveries, IOptions<ChannelLimitsOptions> options, TimeProvider timeProvider)
{
    /// <summary>Whether <paramref name="delivery"/> may be sent now, or else from when.</summary>
    public async Task<AlertDecision> DecideAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var limits = options.Value;
        var now = timeProvider.GetUtcNow();
        var deferUntil = now;
        string? reason = null;

        if (limits.DailyCapPerChannel > 0)
        {
            var zone = timeProvider.LocalTimeZone;
            var sentToday = await deliveries.CountSentSinceAsync(delivery.Channel, LocalDay.StartOf(now, zone), cancellationToken).ConfigureAwait(false);
            if (sentToday >= limits.DailyCapPerChannel)
            {
                deferUntil = LocalDay.StartOfNext(now, zone);
                reason = string.Create(CultureInfo.InvariantCulture, $"daily cap of {limits.DailyCapPerChannel} alerts reached");
            }
        }

        if (limits.MinIntervalSecondsPerChannel > 0
            && await deliveries.LastSentAtAsync(delivery.Channel, cancellationToken).ConfigureAwait(false) is { } lastSent)
        {
            var earliest = lastSent.AddSeconds(limits.MinIntervalSecondsPerChannel);
            if (earliest > deferUntil)
            {
                deferUntil = earliest;
                reason = string.Create(CultureInfo.InvariantCulture, $"less than {limits.MinIntervalSecondsPerChannel} s since the last alert");
            }
        }

        return reason is null ? AlertDecision.SendNow : AlertDecision.Defer(deferUntil, reason);
    }
}
