using System.Collections.Concurrent;
using NewsBot.Core.Analysis;

namespace NewsBot.Testing.Stores;

/// <summary>Keeps analyses in memory, without sentences, as the real store does.</summary>
public sealed class InMemoryArticleAnalysisStore : IArticleAnalysisStore
{
    private readonly ConcurrentDictionary<long, ArticleAnalysis> _analyses = new();
    private int _reads;

    /// <summary>Calls that read analyses (<see cref="GetAsync"/>, <see cref="GetManyAsync"/>): a database would answer each with a query.</summary>
    public int Reads => Volatile.Read(ref _reads);

    public Task SaveAsync(long articleId, ArticleAnalysis analysis, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        _analyses[articleId] = analysis with { Sentences = [] };
        return Task.CompletedTask;
    }

    public Task<ArticleAnalysis?> GetAsync(long articleId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return Task.FromResult(_analyses.TryGetValue(articleId, out var analysis) ? analysis : null);
    }

    public Task<IReadOnlyDictionary<long, ArticleAnalysis>> GetManyAsync(IReadOnlyCollection<long> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        Interlocked.Increment(ref _reads);
        IReadOnlyDictionary<long, ArticleAnalysis> found = articleIds
            .Distinct()
            .Where(_analyses.ContainsKey)
            .ToDictionary(id => id, id => _analyses[id]);
        return Task.FromResult(found);
    }
}
