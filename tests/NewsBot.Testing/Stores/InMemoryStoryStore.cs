using NewsBot.Core.Articles;
using NewsBot.Core.Stories;

namespace NewsBot.Testing.Stores;

/// <summary><see cref="IStoryStore"/> in memory; needs the article store to know fetch times, as the SQLite one does.</summary>
public sealed class InMemoryStoryStore(IArticleStore articles) : IStoryStore
{
    private readonly Lock _gate = new();
    private readonly List<(long ArticleId, long StoryId, DateTimeOffset JoinedAt)> _assignments = [];
    private long _lastId;

    public Task<long> CreateAsync(DateTimeOffset at, CancellationToken cancellationToken) =>
        Task.FromResult(Interlocked.Increment(ref _lastId));

    public async Task AssignAsync(long articleId, long storyId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        _ = await articles.GetAsync(articleId, cancellationToken) ?? throw new InvalidOperationException($"Article {articleId} does not exist.");
        lock (_gate)
        {
            _assignments.RemoveAll(a => a.ArticleId == articleId);
            _assignments.Add((articleId, storyId, at));
        }
    }

    public Task<long?> FindStoryOfAsync(long articleId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var found = _assignments.FirstOrDefault(a => a.ArticleId == articleId);
            return Task.FromResult<long?>(found.ArticleId == articleId && found.StoryId != 0 ? found.StoryId : null);
        }
    }

    public Task<IReadOnlyList<long>> ListArticleIdsAsync(long storyId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<long> ids = _assignments.Where(a => a.StoryId == storyId).OrderBy(a => a.JoinedAt).ThenBy(a => a.ArticleId).Select(a => a.ArticleId).ToList();
            return Task.FromResult(ids);
        }
    }

    public async Task<IReadOnlyList<StoryAssignment>> ListAssignmentsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        List<(long ArticleId, long StoryId)> all;
        lock (_gate)
        {
            all = _assignments.Select(a => (a.ArticleId, a.StoryId)).ToList();
        }

        // One read, as the database's join is one query.
        var stored = (await articles.GetManyAsync(all.Select(a => a.ArticleId).ToList(), cancellationToken)).ToDictionary(a => a.Id);
        var result = new List<(DateTimeOffset FetchedAt, StoryAssignment Assignment)>();
        foreach (var (articleId, storyId) in all)
        {
            if (stored.TryGetValue(articleId, out var article) && article.FetchedAt >= since)
            {
                result.Add((article.FetchedAt, new StoryAssignment(articleId, storyId)));
            }
        }

        return result.OrderBy(r => r.FetchedAt).ThenBy(r => r.Assignment.ArticleId).Select(r => r.Assignment).ToList();
    }
}
