using System.Collections.Concurrent;
using System.Diagnostics;
using NewsBot.Core.Stories;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// The story store, timing how long an article takes to be grouped: <c>StoryTracker.AssignAsync</c> looks the
/// article's story up first and stores its assignment last, with the clusterer's work between, so the time from
/// the one call to the end of the other (for the same article) is the grouping.
/// </summary>
internal sealed class TimedStoryStore(IStoryStore inner, BotStats stats) : IStoryStore
{
    private readonly ConcurrentDictionary<long, long> _started = new();

    public Task<long> CreateAsync(DateTimeOffset at, CancellationToken cancellationToken) => inner.CreateAsync(at, cancellationToken);

    public async Task AssignAsync(long articleId, long storyId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await inner.AssignAsync(articleId, storyId, at, cancellationToken).ConfigureAwait(false);
        if (_started.TryRemove(articleId, out var start))
        {
            stats.Grouped(Stopwatch.GetTimestamp() - start);
        }
    }

    public Task<long?> FindStoryOfAsync(long articleId, CancellationToken cancellationToken)
    {
        _started[articleId] = Stopwatch.GetTimestamp();
        return inner.FindStoryOfAsync(articleId, cancellationToken);
    }

    public Task<IReadOnlyList<long>> ListArticleIdsAsync(long storyId, CancellationToken cancellationToken) =>
        inner.ListArticleIdsAsync(storyId, cancellationToken);

    public Task<IReadOnlyList<StoryAssignment>> ListAssignmentsSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        inner.ListAssignmentsSinceAsync(since, cancellationToken);
}
