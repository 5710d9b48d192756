using Dapper;
using NewsBot.Core.Articles;
using NewsBot.Storage.Shared;

namespace NewsBot.Storage.Articles;

// The failed tries of unplanned articles: recorded by the pipeline, listed and cleared by an operator.
internal sealed partial class ArticleStore
{
    // A planned article is never marked failed: another node may have planned it while this one failed it.
    private const string RecordFailure = """
        UPDATE articles
        SET failure_count = @Tries, failure_reason = @Reason, failed_at = @FailedAt, retry_at = @RetryAt
        WHERE id = @Id AND planned_at IS NULL;
        """;

    private const string ClearFailure = """
        UPDATE articles SET failure_count = 0, failure_reason = NULL, failed_at = NULL, retry_at = NULL
        WHERE planned_at IS NULL AND failure_count > 0
        """;

    public async Task RecordFailureAsync(long articleId, string reason, int tries, DateTimeOffset failedAt, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tries);
        await using var connection = await connections.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            RecordFailure,
            new { Id = articleId, Reason = reason, Tries = tries, FailedAt = UnixTime.ToMs(failedAt), RetryAt = UnixTime.ToMs(retryAt) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<ArticleFailure?> GetFailureAsync(long articleId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<ArticleFailureRow>(new CommandDefinition(
            ArticleFailureRow.SelectColumns + " AND a.id = @articleId;", new { articleId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToFailure();
    }

    public async Task<IReadOnlyList<ArticleFailure>> ListFailuresAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ArticleFailureRow>(new CommandDefinition(
            ArticleFailureRow.SelectColumns + " ORDER BY a.id LIMIT @limit;", new { limit }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToFailure()).ToList();
    }

    public async Task<int> ClearFailuresAsync(IReadOnlyCollection<long>? articleIds, CancellationToken cancellationToken)
    {
        if (articleIds is { Count: 0 })
        {
            return 0;
        }

        await using var connection = await connections.OpenForWriteAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connections.Dialect.BeginSingleStatementWriteAsync(connection, cancellationToken).ConfigureAwait(false);

        // As in MarkPlannedAsync: PostgreSQL takes the ids as one array; SQLite runs the statement once per id.
        var cleared = await connection.ExecuteAsync(articleIds switch
        {
            null => new CommandDefinition(ClearFailure + ";", transaction: transaction, cancellationToken: cancellationToken),
            _ when connections.Dialect.IsPostgres => new CommandDefinition(
                ClearFailure + " AND id = ANY(@Ids);", new { Ids = articleIds.ToArray() }, cancellationToken: cancellationToken),
            _ => new CommandDefinition(
                ClearFailure + " AND id = @Id;", articleIds.Select(id => new { Id = id }).ToList(), transaction, cancellationToken: cancellationToken),
        }).ConfigureAwait(false);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return cleared;
    }
}
