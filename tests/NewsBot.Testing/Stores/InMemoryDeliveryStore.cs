using NewsBot.Core.Delivery;

namespace NewsBot.Testing.Stores;

/// <summary>
/// <see cref="IDeliveryStore"/> in memory, with the SQLite outbox's rules: one row per channel and article,
/// claims ordered by next attempt then id, a leased row not claimed again until its lease has passed.
/// </summary>
public sealed class InMemoryDeliveryStore : IDeliveryStore
{
    private readonly Lock _gate = new();
    private readonly List<Entry> _entries = [];

    public Task<int> EnqueueAsync(IReadOnlyCollection<NewDelivery> deliveries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deliveries);
        lock (_gate)
        {
            var added = 0;
            foreach (var delivery in deliveries)
            {
                var key = ChannelKey.Of(delivery.Channel);
                if (_entries.Any(e => ChannelKey.Of(e.Delivery.Channel) == key
                    && (e.Delivery.ArticleId == delivery.ArticleId || IsSameStoryAlert(e.Delivery, delivery))))
                {
                    continue;
                }

                _entries.Add(new Entry(new Delivery
                {
                    Id = _entries.Count + 1,
                    Channel = key.ToAddress(),
                    ArticleId = delivery.ArticleId,
                    StoryId = delivery.StoryId,
                    Kind = delivery.Kind,
                    SubscriptionId = delivery.SubscriptionId,
                    Status = DeliveryStatus.Due,
                    Attempts = 0,
                    CreatedAt = delivery.CreatedAt,
                    NextAttemptAt = delivery.CreatedAt,
                }));
                added++;
            }

            return Task.FromResult(added);
        }
    }

    public Task<DateTimeOffset?> LastWrittenAtAsync(ChannelAddress channel, long storyId, string messageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        var key = ChannelKey.Of(channel);
        lock (_gate)
        {
            return Task.FromResult(_entries
                .Where(e => ChannelKey.Of(e.Delivery.Channel) == key && e.Delivery.StoryId == storyId && e.Delivery.Status == DeliveryStatus.Sent && e.Delivery.MessageId == messageId)
                .Max(e => e.Delivery.SentAt));
        }
    }

    public Task<Delivery?> FindAlertAsync(ChannelAddress channel, long storyId, CancellationToken cancellationToken)
    {
        var key = ChannelKey.Of(channel);
        lock (_gate)
        {
            return Task.FromResult(_entries.Select(e => e.Delivery).FirstOrDefault(d =>
                ChannelKey.Of(d.Channel) == key && d.StoryId == storyId && d.Kind == DeliveryKind.Alert));
        }
    }

    private static bool IsSameStoryAlert(Delivery stored, NewDelivery candidate) =>
        candidate.Kind == DeliveryKind.Alert && stored.Kind == DeliveryKind.Alert
        && candidate.StoryId is not null && stored.StoryId == candidate.StoryId;

    public Task<IReadOnlyList<Delivery>> ClaimDueAsync(int limit, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken) =>
        ClaimDueAsync(null, limit, now, leaseUntil, cancellationToken);

    public Task<IReadOnlyList<Delivery>> ClaimDueAsync(string? platform, int limit, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(leaseUntil, now);
        lock (_gate)
        {
            var claimed = _entries
                .Where(e => e.Delivery.Status is DeliveryStatus.Due or DeliveryStatus.Uncertain && e.Delivery.NextAttemptAt <= now && (e.LeaseUntil is null || e.LeaseUntil < now)
                    && (platform is null || e.Delivery.Channel.Platform == platform))
                .OrderBy(e => e.Delivery.NextAttemptAt)
                .ThenBy(e => e.Delivery.Id)
                .Take(limit)
                .ToList();
            foreach (var entry in claimed)
            {
                entry.LeaseUntil = leaseUntil;
            }

            IReadOnlyList<Delivery> result = claimed.Select(e => e.Delivery with { LeaseUntil = leaseUntil }).ToList();
            return Task.FromResult(result);
        }
    }

    public Task MarkSentAsync(long deliveryId, string messageId, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        lock (_gate)
        {
            var entry = Find(deliveryId);
            entry.Delivery = entry.Delivery with { Status = DeliveryStatus.Sent, MessageId = messageId, SentAt = sentAt };
            entry.LeaseUntil = null;
        }

        return Task.CompletedTask;
    }

    public Task MarkFailedAsync(long deliveryId, string reason, DateTimeOffset? nextAttemptAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reason);
        lock (_gate)
        {
            var entry = Find(deliveryId);
            if (IsClosed(entry))
            {
                // Sent meanwhile by a worker that claimed it after this one's lease ran out: it stays sent.
                return Task.CompletedTask;
            }

            entry.Delivery = entry.Delivery with
            {
                Attempts = entry.Delivery.Attempts + 1,
                LastError = reason,
                Status = nextAttemptAt is null ? DeliveryStatus.Dead : DeliveryStatus.Due,
                NextAttemptAt = nextAttemptAt ?? entry.Delivery.NextAttemptAt,
            };
            entry.LeaseUntil = null;
        }

        return Task.CompletedTask;
    }

    public Task MarkUncertainAsync(long deliveryId, string reason, DateTimeOffset at, DateTimeOffset settleAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reason);
        lock (_gate)
        {
            var entry = Find(deliveryId);
            if (!IsClosed(entry))
            {
                entry.Delivery = entry.Delivery with
                {
                    Attempts = entry.Delivery.Attempts + 1,
                    LastError = reason,
                    Status = DeliveryStatus.Uncertain,
                    NextAttemptAt = settleAt,
                    UncertainAt = entry.Delivery.UncertainAt ?? at,
                };
                entry.LeaseUntil = null;
            }
        }

        return Task.CompletedTask;
    }

    public Task MarkSkippedAsync(long deliveryId, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reason);
        lock (_gate)
        {
            var entry = Find(deliveryId);
            if (!IsClosed(entry))
            {
                entry.Delivery = entry.Delivery with { Status = DeliveryStatus.Skipped, LastError = reason };
                entry.LeaseUntil = null;
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Delivery>> ListByChannelAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        var key = ChannelKey.Of(channel);
        lock (_gate)
        {
            IReadOnlyList<Delivery> list = _entries.Where(e => ChannelKey.Of(e.Delivery.Channel) == key).Select(e => e.Delivery).ToList();
            return Task.FromResult(list);
        }
    }

    public Task<int> CountSentSinceAsync(ChannelAddress channel, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var key = ChannelKey.Of(channel);
        lock (_gate)
        {
            return Task.FromResult(_entries.Count(e => ChannelKey.Of(e.Delivery.Channel) == key && IsSentAlert(e.Delivery) && e.Delivery.SentAt >= since));
        }
    }

    public Task<DateTimeOffset?> LastSentAtAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        var key = ChannelKey.Of(channel);
        lock (_gate)
        {
            return Task.FromResult(_entries.Where(e => ChannelKey.Of(e.Delivery.Channel) == key && IsSentAlert(e.Delivery)).Max(e => e.Delivery.SentAt));
        }
    }

    public Task HandBackAsync(Delivery claimed, DateTimeOffset at, CancellationToken cancellationToken) =>
        DeferClaimedAsync(claimed, at, cancellationToken);

    public Task<bool> ExtendLeaseAsync(long deliveryId, DateTimeOffset lease, DateTimeOffset until, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var entry = Find(deliveryId);
            if (IsClosed(entry) || entry.LeaseUntil != lease)
            {
                return Task.FromResult(false);
            }

            entry.LeaseUntil = until;
            return Task.FromResult(true);
        }
    }

    public Task DeferAsync(long deliveryId, DateTimeOffset until, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var entry = Find(deliveryId);
            if (!IsClosed(entry))
            {
                entry.Delivery = entry.Delivery with { NextAttemptAt = until };
                entry.LeaseUntil = null;
            }
        }

        return Task.CompletedTask;
    }

    public Task<bool> DeferClaimedAsync(Delivery claimed, DateTimeOffset until, CancellationToken cancellationToken) =>
        SettleHeldAsync(claimed, () => DeferAsync(claimed.Id, until, cancellationToken));

    public Task<bool> FailClaimedAsync(Delivery claimed, string reason, DateTimeOffset? nextAttemptAt, CancellationToken cancellationToken) =>
        SettleHeldAsync(claimed, () => MarkFailedAsync(claimed.Id, reason, nextAttemptAt, cancellationToken));

    public Task<bool> MergeClaimedAsync(Delivery claimed, string alertMessageId, DateTimeOffset at, CancellationToken cancellationToken) =>
        SettleHeldAsync(claimed, () => MarkSentAsync(claimed.Id, alertMessageId, at, cancellationToken));

    public Task<int> MoveChatAsync(string platform, string fromChannelId, string toChannelId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var moved = 0;
            foreach (var entry in _entries.Where(e => e.Delivery.Status is DeliveryStatus.Due or DeliveryStatus.Uncertain
                && e.Delivery.Channel.Platform == platform && e.Delivery.Channel.ChannelId == fromChannelId))
            {
                var target = ChannelKey.Of(entry.Delivery.Channel with { ChannelId = toChannelId });
                var taken = _entries.Any(e => ChannelKey.Of(e.Delivery.Channel) == target
                    && (e.Delivery.ArticleId == entry.Delivery.ArticleId
                        || (e.Delivery.Kind == DeliveryKind.Alert && entry.Delivery.Kind == DeliveryKind.Alert
                            && entry.Delivery.StoryId is not null && e.Delivery.StoryId == entry.Delivery.StoryId)));
                entry.Delivery = taken
                    ? entry.Delivery with { Status = DeliveryStatus.Dead, LastError = $"the chat moved to {toChannelId}" }
                    : entry.Delivery with { Channel = target.ToAddress() };
                entry.LeaseUntil = null;
                moved += taken ? 0 : 1;
            }

            return Task.FromResult(moved);
        }
    }

    // A sent or skipped row is closed: no later failure or deferral makes it due again.
    private static bool IsClosed(Entry entry) => entry.Delivery.Status is DeliveryStatus.Sent or DeliveryStatus.Skipped;

    private Entry Find(long deliveryId) =>
        _entries.FirstOrDefault(e => e.Delivery.Id == deliveryId)
        ?? throw new InvalidOperationException($"Delivery {deliveryId} does not exist.");

    private sealed class Entry(Delivery delivery)
    {
        public Delivery Delivery { get; set; } = delivery;

        public DateTimeOffset? LeaseUntil { get; set; }
    }

    private static bool IsSentAlert(Delivery delivery) => delivery.Status == DeliveryStatus.Sent && delivery.Kind == DeliveryKind.Alert;

    // The lease is checked and the row settled under one hold of the gate, as the database does in one statement.
    private Task<bool> SettleHeldAsync(Delivery claimed, Func<Task> settle)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        if (claimed.LeaseUntil is null)
        {
            throw new ArgumentException("Only a claimed delivery is settled by its claim.", nameof(claimed));
        }

        lock (_gate)
        {
            var entry = Find(claimed.Id);
            if (IsClosed(entry) || entry.LeaseUntil != claimed.LeaseUntil)
            {
                return Task.FromResult(false);
            }

            settle().GetAwaiter().GetResult();
            return Task.FromResult(true);
        }
    }
}
