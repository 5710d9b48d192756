using NewsBot.Core.Articles;
using NewsBot.Core.Feeds;

namespace NewsBot.Benchmarks.Delivery;

/// <summary>Each feed returns its share of the burst, all at once, as a feed that published them together.</summary>
internal sealed class BurstFeedReader(IReadOnlyDictionary<string, IReadOnlyList<RawItem>> byFeed) : IFeedReader
{
    public Task<FeedReadResult> ReadAsync(FeedDefinition feed, ConditionalRequest conditional, CancellationToken cancellationToken) =>
        Task.FromResult(new FeedReadResult { Modified = true, Items = byFeed[feed.Name] });
}
