namespace NewsBot.Core.Feeds;

/// <summary>A feed could not be read; the poller records it in the feed's state and backs off.</summary>
public sealed class FeedReadException : Exception
{
    public FeedReadException(FeedReadFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    public FeedReadException()
        : this(FeedReadFailure.Network, "The feed could not be read.")
    {
    }

    public FeedReadException(string message)
        : this(FeedReadFailure.Network, message)
    {
    }

    public FeedReadException(string message, Exception innerException)
        : this(FeedReadFailure.Network, message, innerException)
    {
    }

    public FeedReadFailure Failure { get; }

    /// <summary>HTTP status when <see cref="Failure"/> is <see cref="FeedReadFailure.HttpStatus"/>.</summary>
    public int? StatusCode { get; init; }
}
