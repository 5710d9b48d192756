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
    private readonly Dictionary<long, ArticleFailure> _failures = [];
    private int _reads;

    /// <summary>Calls that read articles by id (<see cref="GetAsync"/>, <see cref="GetManyAsync"/>): a database would answer each with a query.</summary>
    public int Reads => Volatile.Read(ref _reads);

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

    public async Task<IReadOnlyList<Article?>> TryAddManyAsync(IReadOnlyList<NewArticle> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        cancellationToken.ThrowIfCancellationRequested();
        var stored = new List<Article?>(articles.Count);
        foreach (var article in articles)
        {
            stored.Add(await TryAddAsync(article, cancellationToken).ConfigureAwait(false));
        }

        return stored;
    }

    public Task<IReadOnlySet<string>> FindKnownExternalIdsAsync(string feedName, IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(externalIds);
        var wanted = externalIds.ToHashSet(StringComparer.Ordinal);
        lock (_gate)
        {
            IReadOnlySet<string> known = _articles
                .Where(a => a.FeedName == feedName && a.ExternalId is not null && wanted.Contains(a.ExternalId))
                .Select(a => a.ExternalId!)
                .ToHashSet(StringComparer.Ordinal);
            return Task.FromResult(known);
        }
    }

    public Task<Article?> GetAsync(long id, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        lock (_gate)
        {
            return Task.FromResult(_articles.FirstOrDefault(a => a.Id == id));
        }
    }

    public Task<IReadOnlyList<Article>> GetManyAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        Interlocked.Increment(ref _reads);
        var wanted = ids.ToHashSet();
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Article>>(_articles.Where(a => wanted.Contains(a.Id)).ToList());
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

    public Task<IReadOnlyList<Article>> ListUnplannedAsync(int limit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<Article> unplanned = _articles
                .Where(a => !_planned.Contains(a.Id) && (!_failures.TryGetValue(a.Id, out var failure) || failure.RetryAt <= now))
                .OrderBy(a => a.Id)
                .Take(limit)
                .ToList();
            return Task.FromResult(unplanned);
        }
    }

    public Task RecordFailureAsync(long articleId, string reason, int tries, DateTimeOffset failedAt, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_planned.Contains(articleId) && _articles.FirstOrDefault(a => a.Id == articleId) is { } article)
            {
                _failures[articleId] = new ArticleFailure
                {
                    ArticleId = articleId,
                    FeedName = article.FeedName,
                    Title = article.Title,
                    Reason = reason,
                    Tries = tries,
                    LastTriedAt = failedAt,
                    RetryAt = retryAt,
                };
            }

            return Task.CompletedTask;
        }
    }

    public Task<ArticleFailure?> GetFailureAsync(long articleId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_planned.Contains(articleId) ? null : _failures.GetValueOrDefault(articleId));
        }
    }

    public Task<IReadOnlyList<ArticleFailure>> ListFailuresAsync(int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<ArticleFailure> failures = _failures.Values.Where(f => !_planned.Contains(f.ArticleId)).OrderBy(f => f.ArticleId).Take(limit).ToList();
            return Task.FromResult(failures);
        }
    }

    public Task<int> ClearFailuresAsync(IReadOnlyCollection<long>? articleIds, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var cleared = _failures.Keys.Where(id => !_planned.Contains(id) && (articleIds is null || articleIds.Contains(id))).ToList();
            foreach (var id in cleared)
            {
                _failures.Remove(id);
            }

            return Task.FromResult(cleared.Count);
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
