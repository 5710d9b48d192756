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

    public int Duplicates => ItemsSeen - NewArticles.Count;
}
