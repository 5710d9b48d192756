namespace NewsBot.Core.Articles;

/// <summary>Stores articles and refuses duplicates.</summary>
public interface IArticleStore
{
    /// <summary>
    /// Stores the article unless one with the same feed and GUID, the same canonical link, or the
    /// same content hash is already stored. Returns the stored article, or <see langword="null"/>
    /// for a duplicate.
    /// </summary>
    Task<Article?> TryAddAsync(NewArticle article, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="TryAddAsync"/> for several articles in one write: all of them or none are stored (a
    /// cancelled batch leaves nothing half-stored). Returns, in the same order, each stored article or
    /// <see langword="null"/> for a duplicate (of a stored article or of an earlier one in the batch).
    /// </summary>
    Task<IReadOnlyList<Article?>> TryAddManyAsync(IReadOnlyList<NewArticle> articles, CancellationToken cancellationToken);

    Task<Article?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary><see cref="GetAsync"/> for a few articles in one read, in no set order; an id not stored has none.</summary>
    Task<IReadOnlyList<Article>> GetManyAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken);

    /// <summary>
    /// Which of these GUIDs the feed already has stored, so the poller can skip their conversion;
    /// <see cref="TryAddAsync"/> still refuses any duplicate this lets through.
    /// </summary>
    Task<IReadOnlySet<string>> FindKnownExternalIdsAsync(string feedName, IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken);

    /// <summary>The article with this link, compared as given and in canonical form; null if none.</summary>
    Task<Article?> FindByLinkAsync(string link, CancellationToken cancellationToken);

    /// <summary>
    /// Stored articles whose alerts were never queued, oldest first, leaving out those whose last try failed
    /// and that wait for their retry time (after <paramref name="now"/>) or were left aside.
    /// </summary>
    Task<IReadOnlyList<Article>> ListUnplannedAsync(int limit, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records that the articles' alerts are queued.</summary>
    Task MarkPlannedAsync(IReadOnlyCollection<long> articleIds, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Records a failed try of an unplanned article: the reason, the count of failed tries so far, when it
    /// failed and when it may be tried again (<see langword="null"/>: left aside).
    /// </summary>
    Task RecordFailureAsync(long articleId, string reason, int tries, DateTimeOffset failedAt, DateTimeOffset? retryAt, CancellationToken cancellationToken);

    /// <summary>The article's failure, or <see langword="null"/> when no try of it failed or it was planned since.</summary>
    Task<ArticleFailure?> GetFailureAsync(long articleId, CancellationToken cancellationToken);

    /// <summary>Unplanned articles with failed tries (waiting for a retry or left aside), oldest first.</summary>
    Task<IReadOnlyList<ArticleFailure>> ListFailuresAsync(int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Clears the failures of these unplanned articles (all of them when <paramref name="articleIds"/> is
    /// <see langword="null"/>), so the next run tries them afresh. Returns how many were cleared.
    /// </summary>
    Task<int> ClearFailuresAsync(IReadOnlyCollection<long>? articleIds, CancellationToken cancellationToken);

    /// <summary>The newest articles first, by fetch time.</summary>
    Task<IReadOnlyList<Article>> ListRecentAsync(int limit, CancellationToken cancellationToken);
}
