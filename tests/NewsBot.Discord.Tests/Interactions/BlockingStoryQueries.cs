using NewsBot.Core.Commands;

namespace NewsBot.Discord.Tests.Interactions;

/// <summary>
/// Story queries that block the calling thread, the way Microsoft.Data.Sqlite's "async" calls do on a large
/// database, and note when they let go: for <paramref name="block"/>, or until <see cref="Release"/> (at most
/// <paramref name="block"/>) when <paramref name="untilReleased"/>.
/// </summary>
internal sealed class BlockingStoryQueries(IStoryQueries inner, TimeSpan block, bool untilReleased = false) : IStoryQueries, IDisposable
{
    private readonly ManualResetEventSlim _released = new();
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

    /// <summary>Lets a blocked call go on.</summary>
    public void Release() => _released.Set();

    public void Dispose() => _released.Dispose();

    private void Block()
    {
        if (untilReleased)
        {
            _released.Wait(block);
        }
        else
        {
            Thread.Sleep(block);
        }

        lock (_gate)
        {
            _finishedAt = TimeProvider.System.GetUtcNow();
        }
    }
}
