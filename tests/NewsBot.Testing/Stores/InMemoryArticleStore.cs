using NewsBot.Core.Articles;
using NewsBot.Core.Text;

namespace NewsBot.Testing.Stores;

/// <summary>
/// <see cref="IArticleStore"/> in memory, with the SQLite store's rules: a duplicate by feed and GUID, by
/// canonical link or by content hash is refused; a missing GUID or link never counts as a duplicate.
/// </summary>
public sealed class InMemoryArticleStore : IArticleStore
{
    private readonly Lock _gate = new();
    private readonly List<Article> _articles = [];
    private readonly HashSet<long> _planned = [];

    public Task<Article?> TryAddAsync(NewArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        lock (_gate)
        {
            if (_articles.Any(a => IsDuplicate(a, article)))
            {
                return Task.FromResult<Article?>(null);
            }

            var stored = article.WithId(_articles.Count + 1);
            _articles.Add(stored);
            return Task.FromResult<Article?>(stored);
        }
    }

    public Task<Article?> GetAsync(long id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_articles.FirstOrDefault(a => a.Id == id));
        }
    }

    public Task<Article?> FindByLinkAsync(string link, CancellationToken cancellationToken)
    {
        var canonical = Uri.TryCreate(link, UriKind.Absolute, out var uri) ? LinkCanonicalizer.Canonicalize(uri) : null;
        lock (_gate)
        {
            return Task.FromResult(_articles.FirstOrDefault(a => a.Link?.OriginalString == link || (canonical is not null && a.CanonicalLink == canonical)));
        }
    }

    public Task<IReadOnlyList<Article>> ListUnplannedAsync(int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<Article> unplanned = _articles.Where(a => !_planned.Contains(a.Id)).OrderBy(a => a.Id).Take(limit).ToList();
            return Task.FromResult(unplanned);
        }
    }

    public Task MarkPlannedAsync(IReadOnlyCollection<long> articleIds, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        lock (_gate)
        {
            _planned.UnionWith(articleIds);
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<Article>> ListRecentAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        lock (_gate)
        {
            IReadOnlyList<Article> recent = _articles.OrderByDescending(a => a.FetchedAt).ThenByDescending(a => a.Id).Take(limit).ToList();
            return Task.FromResult(recent);
        }
    }

    private static bool IsDuplicate(Article stored, NewArticle candidate) =>
        (candidate.ExternalId is not null && stored.ExternalId == candidate.ExternalId && stored.FeedName == candidate.FeedName)
        || (candidate.CanonicalLink is not null && stored.CanonicalLink == candidate.CanonicalLink)
        || stored.ContentHash == candidate.ContentHash;
}
