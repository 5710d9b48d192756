using Dapper;
using NewsBot.Core.Feeds;
using NewsBot.Storage.Shared;

namespace NewsBot.Storage.Feeds;

internal sealed class FeedStateStore(IStorageConnections connections) : IFeedStateStore
{
    private const string Upsert = """
        INSERT INTO feeds (name, etag, last_modified, consecutive_failures, next_check_at, last_success_at, last_error, disabled)
        VALUES (@FeedName, @ETag, @LastModified, @ConsecutiveFailures, @NextCheckAt, @LastSuccessAt, @LastError, @Disabled)
        ON CONFLICT (name) DO UPDATE SET
            etag = excluded.etag,
            last_modified = excluded.last_modified,
            consecutive_failures = excluded.consecutive_failures,
            next_check_at = excluded.next_check_at,
            last_success_at = excluded.last_success_at,
            last_error = excluded.last_error,
            disabled = excluded.disabled;
        """;

    public async Task<FeedState> GetAsync(string feedName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(feedName);
        await using (var reader = await connections.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            var row = await reader.QuerySingleOrDefaultAsync<FeedStateRow>(new CommandDefinition(
                FeedStateRow.SelectColumns + " WHERE name = @feedName;", new { feedName }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (row is not null)
            {
                return row.ToFeedState();
            }
        }

        // The row exists from the first look on, so articles and operators' queries see every configured feed.
        await using var connection = await connections.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connections.Dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await FeedRows.EnsureIdAsync(connection, transaction, feedName, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return FeedState.New(feedName);
    }

    public async Task SaveAsync(FeedState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentException.ThrowIfNullOrWhiteSpace(state.FeedName);
        await using var connection = await connections.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            Upsert,
            new
            {
                state.FeedName,
                state.ETag,
                LastModified = UnixTime.ToMs(state.LastModified),
                state.ConsecutiveFailures,
                NextCheckAt = UnixTime.ToMs(state.NextCheckAt),
                LastSuccessAt = UnixTime.ToMs(state.LastSuccessAt),
                state.LastError,
                Disabled = state.Disabled ? 1 : 0,
            },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
