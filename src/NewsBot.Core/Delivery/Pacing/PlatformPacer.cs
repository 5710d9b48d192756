using System.Collections.Concurrent;
using System.Globalization;

namespace NewsBot.Core.Delivery.Pacing;

/// <summary>
/// The rate limits of one platform: a bucket for the whole platform that sets the pace, a window that caps the
/// sends really leaving in any second (<see cref="SendWindow"/>), a lane per chat, and the holds the platform asked
/// for with retry-after. Waiting is on <see cref="TimeProvider"/> timers, never a blocked thread.
/// </summary>
internal sealed class PlatformPacer(PacingOptions options, Func<ChannelAddress, bool> isGroup, TimeProvider timeProvider)
{
    // Re-checked this often while every place in the window is held by a send still waiting for its answer.
    private static readonly TimeSpan InFlightPoll = TimeSpan.FromMilliseconds(20);

    private readonly Lock _gate = new();
    private readonly TokenBucket _platform = TokenBucket.PerSecond(options.MessagesPerSecond);
    private readonly SendWindow _window = SendWindow.ForRate(options.MessagesPerSecond, options.WindowFrom);
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
    /// Waits until the chat (its buckets and any hold) is ready, then reserves the platform's next token and
    /// waits for it, then for a place in the platform's window. Call while holding the lane's turn, and give the
    /// place back with <see cref="Answered"/> when the send is done. Throws a <see cref="ChatDeliveryException"/> marked
    /// <see cref="ChatDeliveryException.NotAttempted"/>, reserving nothing, when the send could not start by
    /// <paramref name="deadline"/>.
    /// </summary>
    /// <remarks>
    /// The platform's token is reserved only once the chat is ready, so reservations are made in time order:
    /// first come, first served across chats, no waiter woken for a token another one took, and a chat that
    /// must wait long (a group's per-minute limit, a hold) keeps no platform token from the others meanwhile.
    /// The window then only holds back the sends whose timers fired late, so that they do not leave together
    /// with the on-time ones.
    /// </remarks>
    public async Task<SendWindow.Place> WaitForTurnAsync(ChannelLane lane, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = timeProvider.GetUtcNow();
            DateTimeOffset laneReady;
            DateTimeOffset slot;
            lock (_gate)
            {
                laneReady = Latest(now, _platformHeldUntil, lane.HeldUntil, lane.PerSecond.ReadyAt(now), lane.PerMinute?.ReadyAt(now) ?? now);
                slot = laneReady > now ? laneReady : _platform.ReadyAt(now);
                if (laneReady <= now && slot <= deadline)
                {
                    _platform.Take(slot);
                    lane.PerSecond.Take(slot);
                    lane.PerMinute?.Take(slot);
                }
            }

            if (slot > deadline)
            {
                throw new ChatDeliveryException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Not sent: chat {lane.Key} could not be posted to before {slot:u} (rate limits), past this send's wait limit."))
                {
                    RetryAfter = slot - now,
                    NotAttempted = true,
                };
            }

            if (slot > now)
            {
                await Task.Delay(WholeMilliseconds(slot - now), timeProvider, cancellationToken).ConfigureAwait(false);
            }

            if (laneReady > now)
            {
                continue;
            }

            if (await TakePlaceAsync(lane, deadline, cancellationToken).ConfigureAwait(false) is { } place)
            {
                return place;
            }
        }
    }

    /// <summary>The send is done (answered or failed): its place in the window frees one second from now.</summary>
    public void Answered(SendWindow.Place place)
    {
        ArgumentNullException.ThrowIfNull(place);
        lock (_gate)
        {
            place.Answered(timeProvider.GetUtcNow());
        }
    }

    // Null when a retry-after came in for the chat or the platform while we waited: the token is then given up
    // and the caller waits for the hold.
    private async Task<SendWindow.Place?> TakePlaceAsync(ChannelLane lane, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        while (true)
        {
            DateTimeOffset now;
            DateTimeOffset wakeAt;
            lock (_gate)
            {
                now = timeProvider.GetUtcNow();
                if (Latest(_platformHeldUntil, lane.HeldUntil) > now)
                {
                    return null;
                }

                var free = _window.FreeAt(now);
                if (free <= now)
                {
                    return _window.Take(now);
                }

                wakeAt = free ?? now + InFlightPoll;
            }

            if (wakeAt > deadline)
            {
                throw new ChatDeliveryException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Not sent: the platform's {_window.Places} sends a second were all taken until past this send's wait limit ({deadline:u})."))
                {
                    RetryAfter = wakeAt - now,
                    NotAttempted = true,
                };
            }

            await Task.Delay(WholeMilliseconds(wakeAt - now), timeProvider, cancellationToken).ConfigureAwait(false);
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

    // Timers count whole milliseconds and drop the rest: a wait of 0.3 ms would end at once, before the slot,
    // and the loop would spin until the clock reached it.
    private static TimeSpan WholeMilliseconds(TimeSpan wait) => TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds));

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
