using NewsBot.Core.Articles;
using NewsBot.Storage.Shared;

namespace NewsBot.Storage.Articles;

/// <summary>The failure columns of an <c>articles</c> row with its feed's name, as Dapper reads them.</summary>
internal sealed class ArticleFailureRow
{
    public const string SelectColumns = """
        SELECT a.id AS ArticleId, f.name AS FeedName, a.title AS Title, a.failure_reason AS Reason,
               a.failure_count AS Tries, a.failed_at AS FailedAt, a.retry_at AS RetryAt
        FROM articles a JOIN feeds f ON f.id = a.feed_id
        WHERE a.planned_at IS NULL AND a.failure_count > 0
        """;

    public long ArticleId { get; init; }

    public string FeedName { get; init; } = "";

    public string Title { get; init; } = "";

    public string? Reason { get; init; }

    public long Tries { get; init; }

    public long? FailedAt { get; init; }

    public long? RetryAt { get; init; }

    public ArticleFailure ToFailure() => new()
    {
        ArticleId = ArticleId,
        FeedName = FeedName,
        Title = Title,
        Reason = Reason ?? "",
        Tries = checked((int)Tries),
        LastTriedAt = UnixTime.FromMs(FailedAt ?? 0),
        RetryAt = UnixTime.FromMs(RetryAt),
    };
}
