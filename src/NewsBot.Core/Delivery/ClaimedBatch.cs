using System.Collections.Concurrent;
using NewsBot.Core.Alerts;
using NewsBot.Core.Subscriptions;

namespace NewsBot.Core.Delivery;

/// <summary>
/// Deliveries claimed together, with what they share: their subscriptions, read just after the claim (so a
/// subscription removed before it is seen as gone), the stories they go out with, loaded once for all the
/// channels a story goes to, and the time past which a row not yet sent is handed back.
/// </summary>
/// <remarks>
/// A batch lives as long as its slowest row, which can wait seconds behind a channel's pacing: long enough for
/// what it holds to reach the oldest generation. So a loaded story is let go as soon as the last of the batch's
/// rows that go out with it is settled (<see cref="Settled"/>), not when the whole batch is.
/// </remarks>
internal sealed class ClaimedBatch
{
    private readonly ConcurrentDictionary<(long?, long), Lazy<Task<StoryContent>>> _stories = new();
    private readonly Dictionary<(long?, long), int> _unsettled = [];

    public ClaimedBatch(IReadOnlyList<Delivery> rows, IReadOnlyDictionary<long, Subscription> subscriptions, DateTimeOffset handBackAfter)
    {
        Rows = rows;
        Subscriptions = subscriptions;
        HandBackAfter = handBackAfter;
        foreach (var row in rows)
        {
            var key = StoryKey(row);
            _unsettled[key] = _unsettled.GetValueOrDefault(key) + 1;
        }
    }

    public static ClaimedBatch Empty { get; } = new([], new Dictionary<long, Subscription>(), DateTimeOffset.MinValue);

    public IReadOnlyList<Delivery> Rows { get; }

    /// <summary>The active subscriptions of <see cref="Rows"/>; a row whose subscription is missing was removed or paused.</summary>
    public IReadOnlyDictionary<long, Subscription> Subscriptions { get; }

    /// <summary>
    /// Half the lease after the claim: once the lease ends another worker may claim the rows, and both would post.
    /// </summary>
    public DateTimeOffset HandBackAfter { get; }

    /// <summary>Stories loaded and not yet let go: those some unsettled row of the batch still goes out with.</summary>
    public int StoriesHeld => _stories.Count;

    /// <summary>
    /// The story <paramref name="row"/> goes out with, loaded by <paramref name="load"/> for the first of the
    /// batch's rows that asks for it and shared with the others. A row asking after its story was let go (it was
    /// settled, or is not one of the batch's rows) loads it again rather than going out without it.
    /// </summary>
    public Task<StoryContent> StoryAsync(Delivery row, Func<Task<StoryContent>> load)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(load);
        return _stories.GetOrAdd(StoryKey(row), _ => new Lazy<Task<StoryContent>>(load)).Value;
    }

    /// <summary>Records that <paramref name="row"/> is done with (sent, deferred, failed or left); its story goes with the last such row.</summary>
    public void Settled(Delivery row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var key = StoryKey(row);
        lock (_unsettled)
        {
            if (!_unsettled.TryGetValue(key, out var left))
            {
                return;
            }

            if (left > 1)
            {
                _unsettled[key] = left - 1;
                return;
            }

            _unsettled.Remove(key);
            _stories.TryRemove(key, out _);
        }
    }

    // A story's rows share it; a row with no story has its article alone.
    private static (long?, long) StoryKey(Delivery row) => (row.StoryId, row.StoryId is null ? row.ArticleId : 0);
}
