namespace NewsBot.Core.Commands;

/// <summary>
/// Read access to stored stories and analyzed articles, as the chat commands need it (<c>latest</c>,
/// <c>figures</c>, <c>why</c>). Defined here by its consumer; storage implements it.
/// </summary>
public interface IStoryQueries
{
    /// <summary>
    /// Stories updated at or after <paramref name="since"/>, the most recently updated first, at most
    /// <paramref name="limit"/>. The commands match them against the topic themselves.
    /// </summary>
    Task<IReadOnlyList<StoryView>> ListRecentAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// The article with this id (decimal digits, as alerts show it) or this link, compared as given and
    /// canonicalized (<see cref="Text.LinkCanonicalizer"/>); null if there is none.
    /// </summary>
    Task<ArticleView?> FindArticleAsync(string urlOrId, CancellationToken cancellationToken);
}
