using System.Collections.Concurrent;
using NewsBot.Core.Feeds;

namespace NewsBot.Tests.Scaling;

/// <summary>A feed reader shared by every node of a test cluster: counts each poll, per feed and node, and finds nothing new.</summary>
internal sealed class CountingFeedReader
{
    public ConcurrentDictionary<string, int> PollsByFeed { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, int> PollsByNode { get; } = new(StringComparer.Ordinal);

    public IFeedReader For(string node) => new NodeReader(this, node);

    private sealed class NodeReader(CountingFeedReader owner, string node) : IFeedReader
    {
        public Task<FeedReadResult> ReadAsync(FeedDefinition feed, ConditionalRequest conditional, CancellationToken cancellationToken)
        {
            owner.PollsByFeed.AddOrUpdate(feed.Name, 1, (_, n) => n + 1);
            owner.PollsByNode.AddOrUpdate(node, 1, (_, n) => n + 1);
            return Task.FromResult(FeedReadResult.NotModified(conditional));
        }
    }
}
