using NewsBot.Core.Articles;
using NewsBot.Core.Feeds;

namespace NewsBot.Core.Pipeline;

/// <summary>One feed polled and its new articles matched.</summary>
public sealed record IngestionReport(FeedPollResult Poll, int AlertsQueued)
{
    /// <summary>Articles of this run whose analysis, story or planning failed; every other article went on.</summary>
    public IReadOnlyList<ArticleFailure> Failed { get; init; } = [];
}
