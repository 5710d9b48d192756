using Microsoft.AspNetCore.Http;

namespace NewsBot.Testing.Telegram;

/// <summary>
/// Telegram's flood limits on sending, off unless a test turns them on (<see cref="EnforceSendLimits"/>): about
/// 30 messages a second per bot, one a second per chat with short bursts tolerated, 20 a minute per group (a
/// negative chat id). A send over any of them is answered 429 with <c>retry_after</c>, as Telegram does, and
/// counted in <see cref="FloodViolations"/>.
/// </summary>
/// <remarks>
/// Telegram's FAQ: "avoid sending more than one message per second. We may allow short bursts that go over this
/// limit, but eventually you'll begin receiving 429 errors." So one chat's limit is a rate, not a least gap between
/// two messages: each chat has a bucket of <see cref="ChatBurst"/> messages refilled at one a second. A client
/// pacing itself at one a second, whose messages arrive a little early or late, keeps its bucket full; one that
/// keeps sending faster spends the burst and is refused.
/// </remarks>
public sealed partial class FakeBotApi
{
    private readonly Queue<DateTimeOffset> _recentSends = new();
    private readonly Dictionary<long, (double Messages, DateTimeOffset At)> _chatAllowance = [];
    private readonly Dictionary<long, Queue<DateTimeOffset>> _groupSends = [];
    private int _floodViolations;
    private int _botWideViolations;
    private int _perChatViolations;
    private int _perGroupViolations;

    /// <summary>Answer sends over Telegram's flood limits with 429. Default off, so other tests keep their timing.</summary>
    public bool EnforceSendLimits { get; set; }

    /// <summary>Messages (sends and edits) per second for the whole bot before a 429. Default 30.</summary>
    public int MessagesPerSecond { get; set; } = 30;

    /// <summary>Messages one chat may get at once, over its one a second, before a 429 (see remarks). Default 3.</summary>
    public int ChatBurst { get; set; } = 3;

    /// <summary>Messages per minute to one group before a 429. Default 20.</summary>
    public int GroupMessagesPerMinute { get; set; } = 20;

    /// <summary>The fake's clock for the flood limits; real time unless a test changes it.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Sends answered 429 because the bot went over a flood limit.</summary>
    public int FloodViolations => Volatile.Read(ref _floodViolations);

    /// <summary>Of <see cref="FloodViolations"/>, those over the bot-wide messages per second.</summary>
    public int FloodViolationsBotWide => Volatile.Read(ref _botWideViolations);

    /// <summary>Of <see cref="FloodViolations"/>, those over one chat's one message a second.</summary>
    public int FloodViolationsPerChat => Volatile.Read(ref _perChatViolations);

    /// <summary>Of <see cref="FloodViolations"/>, those over a group's messages per minute.</summary>
    public int FloodViolationsPerGroup => Volatile.Read(ref _perGroupViolations);

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
                _botWideViolations++;
                return 1;
            }

            var allowance = ChatAllowance(chat, now);
            if (allowance < 1)
            {
                _perChatViolations++;
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
                    _perGroupViolations++;
                    return Math.Max(1, (int)Math.Ceiling((group.Peek() + TimeSpan.FromMinutes(1) - now).TotalSeconds));
                }
            }

            _recentSends.Enqueue(now);
            _chatAllowance[chat] = (allowance - 1, now);
            group?.Enqueue(now);
            return null;
        }
    }

    // The chat's bucket now: what was left at its last message, plus one a second since, up to the burst.
    private double ChatAllowance(long chat, DateTimeOffset now) =>
        _chatAllowance.TryGetValue(chat, out var last)
            ? Math.Min(ChatBurst, last.Messages + Math.Max(0, (now - last.At).TotalSeconds))
            : ChatBurst;
}
