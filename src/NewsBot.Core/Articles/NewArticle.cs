namespace NewsBot.Core.Articles;

/// <summary>An article about to be stored; the store gives it its id or reports it as a duplicate.</summary>
public sealed record NewArticle
{
    public required string FeedName { get; init; }

    public string? ExternalId { get; init; }

    public Uri? Link { get; init; }

    public string? CanonicalLink { get; init; }

    public required string Title { get; init; }

    public required string Text { get; init; }

    public PublishedDate? Published { get; init; }

    public required string ContentHash { get; init; }

    public required DateTimeOffset FetchedAt { get; init; }

    public Article WithId(long id) => new()
    {
        Id = id,
        FeedName = FeedName,
        ExternalId = ExternalId,
        Link = Link,
        CanonicalLink = CanonicalLink,
        Title = Title,
        Text = Text,
        Published = Published,
        ContentHash = ContentHash,
        FetchedAt = FetchedAt,
    };
}
