using NewsBot.Core.Articles;

namespace NewsBot.Core.Feeds;

/// <summary>What one poll of a feed did.</summary>
public sealed record FeedPollResult
{
    public required string FeedName { get; init; }

    public required FeedPollOutcome Outcome { get; init; }

    /// <summary>Articles stored by this poll, in feed order.</summary>
    public IReadOnlyList<Article> NewArticles { get; init; } = [];

    /// <summary>Items the feed returned, new or not.</summary>
    public int ItemsSeen { get; init; }

    public string? Error { get; init; }

    /// <summary>New items this poll left for the next ones (over the per-poll budget).</summary>
    public int Backlog { get; init; }

    /// <summary>New items that could not be converted to text (each logged; tried again on the next read).</summary>
    public int ItemsFailed { get; init; }

    public int Duplicates => Math.Max(0, ItemsSeen - NewArticles.Count - Backlog - ItemsFailed);
}
