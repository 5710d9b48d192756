using NewsBot.Core.Articles;
using NewsBot.Storage.Shared;

namespace NewsBot.Storage.Articles;

/// <summary>An <c>articles</c> row joined with its feed's name, as Dapper reads it.</summary>
internal sealed class ArticleRow
{
    public const string SelectColumns = """
        SELECT a.id AS Id, f.name AS FeedName, a.external_id AS ExternalId, a.link AS Link,
               a.canonical_link AS CanonicalLink, a.title AS Title, a.text AS Text,
               a.published AS Published, a.published_offset_minutes AS PublishedOffsetMinutes,
               a.published_precision AS PublishedPrecision, a.content_hash AS ContentHash, a.fetched_at AS FetchedAt,
               a.text_dropped_at AS TextDroppedAt
        FROM articles a JOIN feeds f ON f.id = a.feed_id
        """;

    public long Id { get; init; }

    public string FeedName { get; init; } = "";

    public string? ExternalId { get; init; }

    public string? Link { get; init; }

    public string? CanonicalLink { get; init; }

    public string Title { get; init; } = "";

    public string Text { get; init; } = "";

    public long? Published { get; init; }

    public long? PublishedOffsetMinutes { get; init; }

    public string? PublishedPrecision { get; init; }

    public string ContentHash { get; init; } = "";

    public long FetchedAt { get; init; }

    public long? TextDroppedAt { get; init; }

    public Article ToArticle() => new()
    {
        Id = Id,
        FeedName = FeedName,
        ExternalId = ExternalId,
        Link = Link is null ? null : new Uri(Link, UriKind.RelativeOrAbsolute),
        CanonicalLink = CanonicalLink,
        Title = Title,
        Text = Text,
        Published = PublishedDateColumns.To(Published, PublishedOffsetMinutes, PublishedPrecision),
        ContentHash = ContentHash,
        FetchedAt = UnixTime.FromMs(FetchedAt),
        TextDroppedAt = TextDroppedAt is { } dropped ? UnixTime.FromMs(dropped) : null,
    };
}
