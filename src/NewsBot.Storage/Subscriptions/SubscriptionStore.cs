using Dapper;
using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;
using NewsBot.Storage.Shared;

namespace NewsBot.Storage.Subscriptions;

internal sealed class SubscriptionStore(IStorageConnections connections) : ISubscriptionStore
{
    private const string ChannelMatches = "platform = @Platform AND channel_id = @ChannelId AND thread_id = @ThreadId";

    // A query the new id already has stays behind and is dropped: the chat keeps one of each. PostgreSQL has
    // no UPDATE OR IGNORE: rows whose query the new id already has (same thread) are left out of the move.
    private const string MoveSqlite = "UPDATE OR IGNORE subscriptions SET channel_id = @To WHERE platform = @Platform AND channel_id = @From;";

    private const string MovePostgres = """
        UPDATE subscriptions s SET channel_id = @To
        WHERE s.platform = @Platform AND s.channel_id = @From
          AND NOT EXISTS (
              SELECT 1 FROM subscriptions t
              WHERE t.platform = s.platform AND t.channel_id = @To AND t.thread_id = s.thread_id AND t.query = s.query);
        """;

    public async Task<Subscription> AddAsync(NewSubscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var channel = Parameters(subscription.Channel);
        await using var connection = await connections.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connections.Dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO subscriptions (platform, channel_id, thread_id, query, created_by, created_at, mode, digest_at, time_zone, languages)
            VALUES (@Platform, @ChannelId, @ThreadId, @Query, @CreatedBy, @CreatedAt, @Mode, @DigestAt, @TimeZone, @Languages)
            ON CONFLICT (platform, channel_id, thread_id, query) DO NOTHING;
            """,
            new
            {
                channel.Platform,
                channel.ChannelId,
                channel.ThreadId,
                subscription.Query,
                subscription.CreatedBy,
                CreatedAt = UnixTime.ToMs(subscription.CreatedAt),
                Mode = SubscriptionColumns.ToMode(subscription.Mode),
                DigestAt = SubscriptionColumns.ToTime(subscription.DigestAt),
                subscription.TimeZone,
                Languages = SubscriptionColumns.ToLanguages(subscription.Languages),
            },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);

        // Whether new or already there, the stored row is the answer (the existing one keeps its id and date).
        var row = await connection.QuerySingleAsync<SubscriptionRow>(new CommandDefinition(
            SubscriptionRow.SelectColumns + $" WHERE {ChannelMatches} AND query = @Query;",
            new { channel.Platform, channel.ChannelId, channel.ThreadId, subscription.Query },
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return row.ToSubscription();
    }

    public async Task<bool> RemoveAsync(ChannelAddress channel, long id, CancellationToken cancellationToken)
    {
        var where = Parameters(channel);
        await using var connection = await connections.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        var removed = await connection.ExecuteAsync(new CommandDefinition(
            $"DELETE FROM subscriptions WHERE id = @Id AND {ChannelMatches};",
            new { Id = id, where.Platform, where.ChannelId, where.ThreadId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return removed > 0;
    }

    public async Task<IReadOnlyList<Subscription>> ListByChannelAsync(ChannelAddress channel, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SubscriptionRow>(new CommandDefinition(
            SubscriptionRow.SelectColumns + $" WHERE {ChannelMatches} ORDER BY id;",
            Parameters(channel),
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToSubscription()).ToList();
    }

    public async Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SubscriptionRow>(new CommandDefinition(
            SubscriptionRow.SelectColumns + " WHERE paused = 0 ORDER BY id;", cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToSubscription()).ToList();
    }

    public async Task<IReadOnlyList<Subscription>> ListActiveByIdsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SubscriptionRow>(new CommandDefinition(
            SubscriptionRow.SelectColumns + $" WHERE paused = 0 AND {connections.Dialect.AmongIds("id")};",
            new { Ids = ids.ToArray() },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToSubscription()).ToList();
    }

    public async Task<IReadOnlyList<Subscription>> ListActiveDigestsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SubscriptionRow>(new CommandDefinition(
            SubscriptionRow.SelectColumns + " WHERE paused = 0 AND mode = @Mode AND digest_at IS NOT NULL ORDER BY id;",
            new { Mode = SubscriptionColumns.ToMode(SubscriptionMode.Digest) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToSubscription()).ToList();
    }

    public async Task<int> SetPausedAsync(ChannelAddress channel, bool paused, CancellationToken cancellationToken)
    {
        var where = Parameters(channel);
        await using var connection = await connections.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE subscriptions SET paused = @Paused WHERE {ChannelMatches} AND paused <> @Paused;",
            new { Paused = paused ? 1 : 0, where.Platform, where.ChannelId, where.ThreadId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<int> SetChatPausedAsync(string platform, string channelId, bool paused, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(platform);
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        await using var connection = await connections.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE subscriptions SET paused = @Paused WHERE platform = @Platform AND channel_id = @ChannelId AND paused <> @Paused;",
            new { Paused = paused ? 1 : 0, Platform = platform, ChannelId = channelId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public Task<int> MoveChatAsync(string platform, string fromChannelId, string toChannelId, CancellationToken cancellationToken) =>
        ChatMove.RunAsync(
            connections,
            connections.Dialect.Pick(sqlite: MoveSqlite, postgres: MovePostgres),
            "DELETE FROM subscriptions WHERE platform = @Platform AND channel_id = @From;",
            (platform, fromChannelId, toChannelId),
            cancellationToken);

    public async Task<long> GetVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT version FROM subscription_version WHERE id = 1;", cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private static ChannelParameters Parameters(ChannelAddress channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return new ChannelParameters(channel.Platform, channel.ChannelId, ThreadIds.ToColumn(channel.ThreadId));
    }

    private sealed record ChannelParameters(string Platform, string ChannelId, string ThreadId);
}
