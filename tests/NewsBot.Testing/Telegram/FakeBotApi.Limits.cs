using Microsoft.AspNetCore.Http;

namespace NewsBot.Testing.Telegram;

/// <summary>
/// Telegram's flood limits on sending, off unless a test turns them on (<see cref="EnforceSendLimits"/>): about
/// 30 messages a second per bot, one a second per chat, 20 a minute per group (a negative chat id). A send over
/// any of them is answered 429 with <c>retry_after</c>, as Telegram does, and counted in <see cref="FloodViolations"/>.
/// </summary>
public sealed partial class FakeBotApi
{
    private readonly Queue<DateTimeOffset> _recentSends = new();
    private readonly Dictionary<long, DateTimeOffset> _lastSendPerChat = [];
    private readonly Dictionary<long, Queue<DateTimeOffset>> _groupSends = [];
    private int _floodViolations;

    /// <summary>Answer sends over Telegram's flood limits with 429. Default off, so other tests keep their timing.</summary>
    public bool EnforceSendLimits { get; set; }

    /// <summary>Messages (sends and edits) per second for the whole bot before a 429. Default 30.</summary>
    public int MessagesPerSecond { get; set; } = 30;

    /// <summary>Messages per minute to one group before a 429. Default 20.</summary>
    public int GroupMessagesPerMinute { get; set; } = 20;

    /// <summary>The fake's clock for the flood limits; real time unless a test changes it.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Sends answered 429 because the bot went over a flood limit.</summary>
    public int FloodViolations => Volatile.Read(ref _floodViolations);

    private async Task<bool> RefusedByFloodLimitAsync(HttpContext context, string method, long? chat)
    {
        if (!EnforceSendLimits || chat is not { } id
            || !(method.Equals("sendMessage", StringComparison.OrdinalIgnoreCase) || method.Equals("editMessageText", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var retryAfter = TakeSendSlot(id, Clock.GetUtcNow());
        if (retryAfter is not { } seconds)
        {
            return false;
        }

        Interlocked.Increment(ref _floodViolations);
        await ErrorAsync(context, 429, $"Too Many Requests: retry after {seconds}", retryAfter: seconds).ConfigureAwait(false);
        return true;
    }

    // Null when the send fits every limit (and is then counted); otherwise whole seconds to wait, as Telegram rounds up.
    private int? TakeSendSlot(long chat, DateTimeOffset now)
    {
        lock (_gate)
        {
            while (_recentSends.Count > 0 && now - _recentSends.Peek() >= TimeSpan.FromSeconds(1))
            {
                _recentSends.Dequeue();
            }

            if (_recentSends.Count >= MessagesPerSecond)
            {
                return 1;
            }

            // Telegram tolerates short bursts to one chat; a client pacing itself at one a second lands a little
            // either side of it, which the real API does not punish.
            if (_lastSendPerChat.TryGetValue(chat, out var last) && now - last < TimeSpan.FromMilliseconds(900))
            {
                return 1;
            }

            Queue<DateTimeOffset>? group = null;
            if (chat < 0)
            {
                group = _groupSends.TryGetValue(chat, out var sends) ? sends : _groupSends[chat] = new Queue<DateTimeOffset>();
                while (group.Count > 0 && now - group.Peek() >= TimeSpan.FromMinutes(1))
                {
                    group.Dequeue();
                }

                if (group.Count >= GroupMessagesPerMinute)
                {
                    return Math.Max(1, (int)Math.Ceiling((group.Peek() + TimeSpan.FromMinutes(1) - now).TotalSeconds));
                }
            }

            _recentSends.Enqueue(now);
            _lastSendPerChat[chat] = now;
            group?.Enqueue(now);
            return null;
        }
    }
}
