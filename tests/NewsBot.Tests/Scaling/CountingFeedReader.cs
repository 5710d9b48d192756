using System.Collections.Concurrent;
using NewsBot.Core.Feeds;

namespace NewsBot.Tests.Scaling;

/// <summary>
/// A feed reader shared by every node of a test cluster: counts each poll, per feed and node, and finds
/// nothing new. A node's polls can be made to hang, as in a process that froze mid-poll.
/// </summary>
internal sealed class CountingFeedReader
{
    private readonly ConcurrentDictionary<string, bool> _hanging = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, int> HungByNode { get; } = new(StringComparer.Ordinal);

    public void Hang(string node) => _hanging[node] = true;

    public ConcurrentDictionary<string, int> PollsByFeed { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, int> PollsByNode { get; } = new(StringComparer.Ordinal);

    public IFeedReader For(string node) => new NodeReader(this, node);

    private sealed class NodeReader(CountingFeedReader owner, string node) : IFeedReader
    {
        public async Task<FeedReadResult> ReadAsync(FeedDefinition feed, ConditionalRequest conditional, CancellationToken cancellationToken)
        {
            if (owner._hanging.ContainsKey(node))
            {
                owner.HungByNode.AddOrUpdate(node, 1, (_, n) => n + 1);
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            owner.PollsByFeed.AddOrUpdate(feed.Name, 1, (_, n) => n + 1);
            owner.PollsByNode.AddOrUpdate(node, 1, (_, n) => n + 1);
            return FeedReadResult.NotModified(conditional);
        }
    }
}
