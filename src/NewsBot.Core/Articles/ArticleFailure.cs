namespace NewsBot.Core.Articles;

/// <summary>
/// An article whose analysis, story or planning threw: the last reason, how many tries failed, and when it
/// is tried again. The article's alerts are not queued until a try succeeds.
/// </summary>
public sealed record ArticleFailure
{
    public required long ArticleId { get; init; }

    public required string FeedName { get; init; }

    public required string Title { get; init; }

    /// <summary>Why the last try failed: the step and the error.</summary>
    public required string Reason { get; init; }

    /// <summary>Tries that failed since the article was stored or last retried by an operator.</summary>
    public required int Tries { get; init; }

    public required DateTimeOffset LastTriedAt { get; init; }

    /// <summary>When the next run may try it again; <see langword="null"/> once it is left aside.</summary>
    public DateTimeOffset? RetryAt { get; init; }

    /// <summary>No more automatic tries: it waits for an operator's retry (<c>newsbot failed --retry</c>).</summary>
    public bool IsLeftAside => RetryAt is null;
}
