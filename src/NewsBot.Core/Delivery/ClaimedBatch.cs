using System.Collections.Concurrent;
using NewsBot.Core.Analysis;
using NewsBot.Core.Subscriptions;

namespace NewsBot.Core.Delivery;

/// <summary>
/// Deliveries claimed together, with what they share: their subscriptions, read just after the claim (so a
/// subscription removed before it is seen as gone), the stories they go out with, loaded once for all the
/// channels a story goes to, and the time past which a row not yet sent is handed back.
/// </summary>
internal sealed class ClaimedBatch(IReadOnlyList<Delivery> rows, IReadOnlyDictionary<long, Subscription> subscriptions, DateTimeOffset handBackAfter)
{
    public static ClaimedBatch Empty { get; } = new([], new Dictionary<long, Subscription>(), DateTimeOffset.MinValue);

    public IReadOnlyList<Delivery> Rows { get; } = rows;

    /// <summary>The active subscriptions of <see cref="Rows"/>; a row whose subscription is missing was removed or paused.</summary>
    public IReadOnlyDictionary<long, Subscription> Subscriptions { get; } = subscriptions;

    /// <summary>
    /// Half the lease after the claim: once the lease ends another worker may claim the rows, and both would post.
    /// </summary>
    public DateTimeOffset HandBackAfter { get; } = handBackAfter;

    /// <summary>Loaded stories, keyed by (story, article when it has no story). Kept per batch so none goes stale.</summary>
    public ConcurrentDictionary<(long?, long), Lazy<Task<IReadOnlyList<AnalyzedArticle>>>> Stories { get; } = new();
}
