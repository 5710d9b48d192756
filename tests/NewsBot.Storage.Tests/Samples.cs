using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;

namespace NewsBot.Storage.Tests;

/// <summary>Test data: articles and channels that differ only where a test says so.</summary>
internal static class Samples
{
    public static readonly DateTimeOffset Now = new(2024, 10, 25, 8, 0, 0, TimeSpan.Zero);

    public static readonly ChannelAddress Channel = new("telegram", "-1001");

    public static readonly ChannelAddress OtherChannel = new("discord", "42");

    public static readonly ChannelAddress Thread = new("telegram", "-1001", "7");

    public static NewArticle Article(string key, string feed = "lemonde") => new()
    {
        FeedName = feed,
        ExternalId = $"guid-{key}",
        Link = new Uri($"https://example.org/news/{key}?utm_source=rss"),
        CanonicalLink = $"https://example.org/news/{key}",
        Title = $"Title {key}",
        Text = $"Text of article {key}.",
        Published = new PublishedDate(new DateTimeOffset(2024, 10, 1, 0, 0, 0, TimeSpan.Zero), DatePrecision.Month),
        ContentHash = $"hash-{key}",
        FetchedAt = Now,
    };
}
