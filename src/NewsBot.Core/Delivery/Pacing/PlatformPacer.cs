using System.Collections.Concurrent;
using System.Globalization;

namespace NewsBot.Core.Delivery.Pacing;

/// <summary>
/// The rate limits of one platform: a bucket for the whole platform, a lane per chat, and the holds the
/// platform asked for with retry-after. Waiting is on <see cref="TimeProvider"/> timers, never a blocked thread.
/// </summary>
internal sealed class PlatformPacer(PacingOptions options, Func<ChannelAddress, bool> isGroup, TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private readonly TokenBucket _platform = TokenBucket.PerSecond(options.MessagesPerSecond);
    private readonly ConcurrentDictionary<string, ChannelLane> _lanes = new(StringComparer.Ordinal);
    private DateTimeOffset _platformHeldUntil = DateTimeOffset.MinValue;

    /// <summary>
    /// The lane of the channel's chat. Threads and forum topics share their chat's lane: Telegram counts its
    /// limits per chat, and for Discord sharing is merely cautious.
    /// </summary>
    public ChannelLane LaneFor(ChannelAddress channel) =>
        _lanes.GetOrAdd(
            channel.ChannelId,
            static (id, state) => new ChannelLane(
                id,
                TokenBucket.PerSecond(state.Options.PerChannelPerSecond),
                state.Options.PerGroupPerMinute > 0 && state.IsGroup(state.Channel) ? TokenBucket.PerMinute(state.Options.PerGroupPerMinute) : null),
            (Options: options, IsGroup: isGroup, Channel: channel));

    /// <summary>
    /// Waits until the lane, its group and the platform all have a token and no hold applies, then takes
    /// the tokens. Call while holding the lane's turn. Throws a <see cref="ChatDeliveryException"/> marked
    /// <see cref="ChatDeliveryException.NotAttempted"/> when that moment is past <paramref name="deadline"/>.
    /// </summary>
    public async Task WaitForTurnAsync(ChannelLane lane, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = timeProvider.GetUtcNow();
            DateTimeOffset readyAt;
            lock (_gate)
            {
                readyAt = Latest(
                    _platformHeldUntil,
                    lane.HeldUntil,
                    _platform.ReadyAt(now),
                    lane.PerSecond.ReadyAt(now),
                    lane.PerMinute?.ReadyAt(now) ?? now);
                if (readyAt <= now)
                {
                    _platform.Take(now);
                    lane.PerSecond.Take(now);
                    lane.PerMinute?.Take(now);
                    return;
                }
            }

            if (readyAt > deadline)
            {
                throw new ChatDeliveryException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Not sent: chat {lane.Key} cannot be posted to before {readyAt:u} (rate limit), past this send's wait limit."))
                {
                    RetryAfter = readyAt - now,
                    NotAttempted = true,
                };
            }

            // Another chat may take the platform's token meanwhile; the loop then waits for the next one.
            await Task.Delay(readyAt - now, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Holds the lane, or the whole platform, for as long as the platform asked.</summary>
    public DateTimeOffset Hold(ChannelLane lane, TimeSpan retryAfter, bool global)
    {
        var until = timeProvider.GetUtcNow() + retryAfter;
        lock (_gate)
        {
            if (global)
            {
                _platformHeldUntil = Latest(_platformHeldUntil, until);
            }
            else
            {
                lane.HeldUntil = Latest(lane.HeldUntil, until);
            }
        }

        return until;
    }

    private static DateTimeOffset Latest(params ReadOnlySpan<DateTimeOffset> times)
    {
        var latest = DateTimeOffset.MinValue;
        foreach (var time in times)
        {
            if (time > latest)
            {
                latest = time;
            }
        }

        return latest;
    }
}
