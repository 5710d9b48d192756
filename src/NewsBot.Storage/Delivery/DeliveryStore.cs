using Dapper;
using NewsBot.Core.Delivery;
using NewsBot.Storage.Shared;

namespace NewsBot.Storage.Delivery;

internal sealed class DeliveryStore(IStorageConnections connections) : IDeliveryStore
{
    private const string MarkSent = """
        UPDATE deliveries
        SET status = 'sent', message_id = @MessageId, sent_at = @SentAt, lease_until = NULL
        WHERE id = @Id;
        """;

    // A channel's limits count its alerts: the updates of stories it was told (an edit, a reply, one merged) are not
    // alerts of their own. The terms match the partial index's predicate (migration 0016) as written.
    internal const string CountSentSince = """
        SELECT COUNT(*) FROM deliveries
        WHERE platform = @Platform AND channel_id = @ChannelId AND thread_id = @ThreadId AND status = 'sent' AND kind = 'alert' AND sent_at >= @Since;
        """;

    internal const string LastSentAt = """
        SELECT MAX(sent_at) FROM deliveries
        WHERE platform = @Platform AND channel_id = @ChannelId AND thread_id = @ThreadId AND status = 'sent' AND kind = 'alert';
        """;

    // The terms match the partial index's predicate (migration 0016) as written.
    internal const string LastWrittenAt = """
        SELECT MAX(sent_at) FROM deliveries
        WHERE platform = @Platform AND channel_id = @ChannelId AND thread_id = @ThreadId AND story_id = @StoryId AND message_id = @MessageId
          AND status = 'sent' AND story_id IS NOT NULL;
        """;

    // A row the new id already has (same article, or same story alert) stays behind; it would only fail again
    // at the old id, so it ends as dead with the reason. PostgreSQL has no UPDATE OR IGNORE: such rows are
    // left out of the move by the same keys.
    private const string MoveSqlite =
        "UPDATE OR IGNORE deliveries SET channel_id = @To WHERE platform = @Platform AND channel_id = @From AND status IN ('due', 'uncertain');";

    private const string MovePostgres = """
        UPDATE deliveries d SET channel_id = @To
        WHERE d.platform = @Platform AND d.channel_id = @From AND d.status IN ('due', 'uncertain')
          AND NOT EXISTS (
              SELECT 1 FROM deliveries t
              WHERE t.platform = d.platform AND t.channel_id = @To AND t.thread_id = d.thread_id
                AND (t.article_id = d.article_id
                     OR (d.kind = 'alert' AND t.kind = 'alert' AND d.story_id IS NOT NULL AND t.story_id = d.story_id)));
        """;

    private const string MoveLeftovers =
        "UPDATE deliveries SET status = 'dead', lease_until = NULL, last_error = 'the chat moved to ' || @To WHERE platform = @Platform AND channel_id = @From AND status IN ('due', 'uncertain');";

    // One statement under SQLite's write lock: the rows it picks cannot be picked by anyone else before their
    // lease is set. Several PostgreSQL nodes claim at once: FOR UPDATE SKIP LOCKED makes each pass over rows
    // another node is claiming right now instead of waiting for them (and then finding them leased), and the
    // lease keeps a claimed row away from everyone until it expires, so a node that dies mid-send only delays
    // its rows.
    // The platform filter is left out rather than passed as NULL: PostgreSQL cannot type a bare NULL parameter.
    private string Claim(bool byPlatform) => $"""
        UPDATE deliveries SET lease_until = @LeaseUntil
        WHERE id IN (
            SELECT id FROM deliveries
            WHERE status IN ('due', 'uncertain') AND next_attempt_at <= @Now AND (lease_until IS NULL OR lease_until < @Now)
              {(byPlatform ? "AND platform = @Platform" : "")}
            ORDER BY next_attempt_at, id
            LIMIT @Limit
            {connections.Dialect.Pick(sqlite: "", postgres: "FOR UPDATE SKIP LOCKED")})
        RETURNING {DeliveryRow.Columns};
        """;

    // A failure or deferral that comes after another worker sent the row (this one's lease ran out mid-send,
    // on another node or a slow send on this one) must not make it due again: it would be posted twice. The
    // sent row is left as it is.
    private const string Fail = $"""
        UPDATE deliveries
        SET attempts = attempts + 1,
            last_error = @Reason,
            status = CASE WHEN @NextAttemptAt IS NULL THEN 'dead' ELSE 'due' END,
            next_attempt_at = COALESCE(@NextAttemptAt, next_attempt_at),
            lease_until = NULL
        WHERE id = @Id{StillUnsent}
        """;

    private const string MarkFailed = Fail + ";";

    // An attempt whose answer was lost. uncertain_at keeps the first such attempt: a later one is not resent.
    private const string MarkUncertain = $"""
        UPDATE deliveries
        SET attempts = attempts + 1,
            last_error = @Reason,
            status = 'uncertain',
            next_attempt_at = @SettleAt,
            uncertain_at = COALESCE(uncertain_at, @At),
            lease_until = NULL
        WHERE id = @Id{StillUnsent};
        """;

    private const string MarkSkipped = $"""
        UPDATE deliveries SET status = 'skipped', last_error = @Reason, lease_until = NULL WHERE id = @Id{StillUnsent};
        """;

    // Fenced as a hand-back is (DeferClaimed): only the claim that holds the row moves its lease.
    private const string ExtendLease = $"""
        UPDATE deliveries SET lease_until = @Until WHERE id = @Id AND lease_until = @Lease{StillUnsent};
        """;

    // Not an attempt: the attempt count and the last error stay as they were.
    private const string Postpone = $"UPDATE deliveries SET next_attempt_at = @Until, lease_until = NULL WHERE id = @Id{StillUnsent}";

    private const string Defer = Postpone + ";";

    // A row settled before anything was sent for it (a hand-back included) is fenced by its claim's own lease: a row
    // claimed again since has another lease_until, a later one, and is its new holder's; releasing it would let a
    // third claim post it while that holder sends it.
    private const string HeldByTheClaim = " AND lease_until = @Lease";

    private const string DeferClaimed = Postpone + HeldByTheClaim + ";";

    private const string FailClaimed = Fail + HeldByTheClaim + ";";

    private const string MergeClaimed = $"""
        UPDATE deliveries
        SET status = 'sent', message_id = @MessageId, sent_at = @SentAt, lease_until = NULL
        WHERE id = @Id{StillUnsent}{HeldByTheClaim};
        """;

    public Task<bool> DeferClaimedAsync(Core.Delivery.Delivery claimed, DateTimeOffset until, CancellationToken cancellationToken) =>
        UpdateClaimedAsync(DeferClaimed, claimed, lease => new { claimed.Id, Lease = lease, Until = UnixTime.ToMs(until) }, cancellationToken);

    public Task<bool> FailClaimedAsync(Core.Delivery.Delivery claimed, string reason, DateTimeOffset? nextAttemptAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return UpdateClaimedAsync(
            FailClaimed, claimed, lease => new { claimed.Id, Lease = lease, Reason = reason, NextAttemptAt = UnixTime.ToMs(nextAttemptAt) }, cancellationToken);
    }

    public Task<bool> MergeClaimedAsync(Core.Delivery.Delivery claimed, string alertMessageId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alertMessageId);
        return UpdateClaimedAsync(
            MergeClaimed, claimed, lease => new { claimed.Id, Lease = lease, MessageId = alertMessageId, SentAt = UnixTime.ToMs(at) }, cancellationToken);
    }

    public async Task<Core.Delivery.Delivery?> FindAlertAsync(ChannelAddress channel, long storyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<DeliveryRow>(new CommandDefinition(
            $"""
            SELECT {DeliveryRow.Columns} FROM deliveries
            WHERE platform = @Platform AND channel_id = @ChannelId AND thread_id = @ThreadId AND story_id = @StoryId AND kind = 'alert';
            """,
            new { channel.Platform, channel.ChannelId, ThreadId = ThreadIds.ToColumn(channel.ThreadId), StoryId = storyId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToDelivery();
    }

    public async Task<DateTimeOffset?> LastWrittenAtAsync(ChannelAddress channel, long storyId, string messageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(messageId);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var last = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            LastWrittenAt,
            new { channel.Platform, channel.ChannelId, ThreadId = ThreadIds.ToColumn(channel.ThreadId), StoryId = storyId, MessageId = messageId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return UnixTime.FromMs(last);
    }

    public async Task<int> EnqueueAsync(IReadOnlyCollection<NewDelivery> deliveries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deliveries);
        if (deliveries.Count == 0)
        {
            return 0;
        }

        var rows = deliveries.ToList();
        await using var connection = await connections.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connections.Dialect.BeginSingleStatementWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var added = await connection.ExecuteAsync(
            DeliveryInserts.Command(connections.Dialect, rows, transaction, cancellationToken)).ConfigureAwait(false);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return added;
    }

    public async Task<IReadOnlyList<Core.Delivery.Delivery>> ClaimDueAsync(string? platform, int limit, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(leaseUntil, now);

        await using var connection = await connections.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connections.Dialect.BeginSingleStatementWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<DeliveryRow>(new CommandDefinition(
            Claim(platform is not null),
            new { Platform = platform, Limit = limit, Now = UnixTime.ToMs(now), LeaseUntil = UnixTime.ToMs(leaseUntil) },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        // RETURNING gives rows in no promised order.
        return rows.OrderBy(r => r.NextAttemptAt).ThenBy(r => r.Id).Select(r => r.ToDelivery()).ToList();
    }

    public async Task MarkSentAsync(long deliveryId, string messageId, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        await UpdateOneAsync(MarkSent, deliveryId, new { Id = deliveryId, MessageId = messageId, SentAt = UnixTime.ToMs(sentAt) }, cancellationToken).ConfigureAwait(false);
    }

    public async Task MarkFailedAsync(long deliveryId, string reason, DateTimeOffset? nextAttemptAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reason);
        await UpdateOneAsync(MarkFailed, deliveryId, new { Id = deliveryId, Reason = reason, NextAttemptAt = UnixTime.ToMs(nextAttemptAt) }, cancellationToken).ConfigureAwait(false);
    }

    public async Task MarkUncertainAsync(long deliveryId, string reason, DateTimeOffset at, DateTimeOffset settleAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reason);
        await UpdateOneAsync(
            MarkUncertain,
            deliveryId,
            new { Id = deliveryId, Reason = reason, At = UnixTime.ToMs(at), SettleAt = UnixTime.ToMs(settleAt) },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task MarkSkippedAsync(long deliveryId, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reason);
        await UpdateOneAsync(MarkSkipped, deliveryId, new { Id = deliveryId, Reason = reason }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Core.Delivery.Delivery>> ListByChannelAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<DeliveryRow>(new CommandDefinition(
            $"SELECT {DeliveryRow.Columns} FROM deliveries WHERE platform = @Platform AND channel_id = @ChannelId AND thread_id = @ThreadId ORDER BY id;",
            new { channel.Platform, channel.ChannelId, ThreadId = ThreadIds.ToColumn(channel.ThreadId) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToDelivery()).ToList();
    }

    public async Task<int> CountSentSinceAsync(ChannelAddress channel, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var count = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            CountSentSince,
            new { channel.Platform, channel.ChannelId, ThreadId = ThreadIds.ToColumn(channel.ThreadId), Since = UnixTime.ToMs(since) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return checked((int)count);
    }

    public async Task<DateTimeOffset?> LastSentAtAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var last = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            LastSentAt,
            new { channel.Platform, channel.ChannelId, ThreadId = ThreadIds.ToColumn(channel.ThreadId) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return UnixTime.FromMs(last);
    }

    // A hand-back is a deferral by the claim to the given time; one refused by the fence leaves the row to its holder.
    public Task HandBackAsync(Core.Delivery.Delivery claimed, DateTimeOffset at, CancellationToken cancellationToken) =>
        DeferClaimedAsync(claimed, at, cancellationToken);

    public async Task<bool> ExtendLeaseAsync(long deliveryId, DateTimeOffset lease, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        var moved = await connection.ExecuteAsync(new CommandDefinition(
            ExtendLease, new { Id = deliveryId, Lease = UnixTime.ToMs(lease), Until = UnixTime.ToMs(until) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return moved == 1;
    }

    public async Task DeferAsync(long deliveryId, DateTimeOffset until, CancellationToken cancellationToken) =>
        await UpdateOneAsync(Defer, deliveryId, new { Id = deliveryId, Until = UnixTime.ToMs(until) }, cancellationToken).ConfigureAwait(false);

    public Task<int> MoveChatAsync(string platform, string fromChannelId, string toChannelId, CancellationToken cancellationToken) =>
        ChatMove.RunAsync(
            connections,
            connections.Dialect.Pick(sqlite: MoveSqlite, postgres: MovePostgres),
            MoveLeftovers,
            (platform, fromChannelId, toChannelId),
            cancellationToken);

    // A skipped row is closed like a sent one: nothing may make it due again.
    private const string StillUnsent = " AND status NOT IN ('sent', 'skipped')";

    private async Task<bool> UpdateClaimedAsync(string sql, Core.Delivery.Delivery claimed, Func<long, object> parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        if (claimed.LeaseUntil is not { } lease)
        {
            throw new ArgumentException("Only a claimed delivery is settled by its claim.", nameof(claimed));
        }

        await using var connection = await connections.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        var changed = await connection.ExecuteAsync(new CommandDefinition(sql, parameters(UnixTime.ToMs(lease)), cancellationToken: cancellationToken)).ConfigureAwait(false);
        return changed == 1;
    }

    private async Task UpdateOneAsync(string sql, long deliveryId, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        var changed = await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);

        // Nothing changed: the row is missing, or it was already sent and is left as it is.
        if (changed == 0 && await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT count(*) FROM deliveries WHERE id = @deliveryId;", new { deliveryId }, cancellationToken: cancellationToken)).ConfigureAwait(false) == 0)
        {
            throw new InvalidOperationException($"Delivery {deliveryId} does not exist.");
        }
    }
}
