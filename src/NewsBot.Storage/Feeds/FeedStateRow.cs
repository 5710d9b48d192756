using NewsBot.Core.Feeds;
using NewsBot.Storage.Shared;

namespace NewsBot.Storage.Feeds;

/// <summary>A <c>feeds</c> row, as Dapper reads it.</summary>
internal sealed class FeedStateRow
{
    public const string SelectColumns = """
        SELECT name AS Name, etag AS ETag, last_modified AS LastModified, consecutive_failures AS ConsecutiveFailures,
               next_check_at AS NextCheckAt, last_success_at AS LastSuccessAt, last_error AS LastError, disabled AS Disabled
        FROM feeds
        """;

    public string Name { get; init; } = "";

    public string? ETag { get; init; }

    public long? LastModified { get; init; }

    public long ConsecutiveFailures { get; init; }

    public long? NextCheckAt { get; init; }

    public long? LastSuccessAt { get; init; }

    public string? LastError { get; init; }

    public long Disabled { get; init; }

    public FeedState ToFeedState() => new()
    {
        FeedName = Name,
        ETag = ETag,
        LastModified = UnixTime.FromMs(LastModified),
        ConsecutiveFailures = checked((int)ConsecutiveFailures),
        NextCheckAt = UnixTime.FromMs(NextCheckAt),
        LastSuccessAt = UnixTime.FromMs(LastSuccessAt),
        LastError = LastError,
        Disabled = Disabled != 0,
    };
}
