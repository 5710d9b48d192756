using NewsBot.Core.Feeds;

namespace NewsBot.Benchmarks.Soak;

/// <summary>Counts what each poll read: modified or not, how many items the parser returned, or a failure.</summary>
internal sealed class TimedFeedReader(IFeedReader inner, BotStats stats) : IFeedReader
{
    public async Task<FeedReadResult> ReadAsync(FeedDefinition feed, ConditionalRequest conditional, CancellationToken cancellationToken)
    {
        try
        {
            var result = await inner.ReadAsync(feed, conditional, cancellationToken).ConfigureAwait(false);
            stats.Poll(result.Modified, result.Items.Count + result.Pending.Count);
            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            stats.FailedPoll();
            throw;
        }
    }
}
