namespace NewsBot.Core.Subscriptions.Query;

/// <summary>Thrown by <see cref="TopicQuery.Parse"/> for a query that cannot be used.</summary>
public sealed class TopicQueryException : FormatException
{
    public TopicQueryException()
    {
    }

    public TopicQueryException(string message)
        : base(message)
    {
    }

    public TopicQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TopicQueryException(QueryError error)
        : base(error?.Message)
    {
        Error = error;
    }

    public QueryError? Error { get; }
}
