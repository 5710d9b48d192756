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

    Task<Article?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>The article with this link, compared as given and in canonical form; null if none.</summary>
    Task<Article?> FindByLinkAsync(string link, CancellationToken cancellationToken);

    /// <summary>Stored articles whose alerts were never queued, oldest first.</summary>
    Task<IReadOnlyList<Article>> ListUnplannedAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Records that the articles' alerts are queued.</summary>
    Task MarkPlannedAsync(IReadOnlyCollection<long> articleIds, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The newest articles first, by fetch time.</summary>
    Task<IReadOnlyList<Article>> ListRecentAsync(int limit, CancellationToken cancellationToken);
}
