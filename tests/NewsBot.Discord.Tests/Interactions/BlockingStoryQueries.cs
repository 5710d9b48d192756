using NewsBot.Core.Commands;

namespace NewsBot.Discord.Tests.Interactions;

/// <summary>
/// Story queries that block the calling thread, the way Microsoft.Data.Sqlite's "async" calls do on a large
/// database, and note when they let go.
/// </summary>
internal sealed class BlockingStoryQueries(IStoryQueries inner, TimeSpan block) : IStoryQueries
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _finishedAt;

    /// <summary>When the last blocking call returned; null before.</summary>
    public DateTimeOffset? FinishedAt
    {
        get
        {
            lock (_gate)
            {
                return _finishedAt;
            }
        }
    }

    public Task<IReadOnlyList<StoryView>> ListRecentAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        Block();
        return inner.ListRecentAsync(since, limit, cancellationToken);
    }

    public Task<ArticleView?> FindArticleAsync(string urlOrId, CancellationToken cancellationToken)
    {
        Block();
        return inner.FindArticleAsync(urlOrId, cancellationToken);
    }

    private void Block()
    {
        Thread.Sleep(block);
        lock (_gate)
        {
            _finishedAt = TimeProvider.System.GetUtcNow();
        }
    }
}
