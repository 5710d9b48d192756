namespace NewsBot.Core.Feeds;

/// <summary>Validators for a conditional GET, from the feed's previous successful response.</summary>
public sealed record ConditionalRequest(string? ETag, DateTimeOffset? LastModified)
{
    public static ConditionalRequest None { get; } = new(null, null);
}
