using NewsBot.Core.Feeds;

namespace NewsBot.Testing.Feeds;

/// <summary>A feed reader that plays back what the test queued: results or failures, one per read.</summary>
public sealed class ScriptedFeedReader : IFeedReader
{
    private readonly Queue<Func<FeedReadResult>> _script = new();

    public List<ConditionalRequest> Requests { get; } = [];

    public ScriptedFeedReader Returns(FeedReadResult result)
    {
        _script.Enqueue(() => result);
        return this;
    }

    public ScriptedFeedReader Throws(Exception exception)
    {
        _script.Enqueue(() => throw exception);
        return this;
    }

    public Task<FeedReadResult> ReadAsync(FeedDefinition feed, ConditionalRequest conditional, CancellationToken cancellationToken)
    {
        Requests.Add(conditional);
        if (_script.Count == 0)
        {
            throw new InvalidOperationException("The test queued no more reads.");
        }

        return Task.FromResult(_script.Dequeue()());
    }
}
