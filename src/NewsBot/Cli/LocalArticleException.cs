namespace NewsBot.Cli;

/// <summary>A path given on the command line is not something we can read as articles.</summary>
internal sealed class LocalArticleException : Exception
{
    public LocalArticleException()
    {
    }

    public LocalArticleException(string message)
        : base(message)
    {
    }

    public LocalArticleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
