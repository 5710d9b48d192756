namespace NewsBot.Feeds.Fetching.Addresses;

/// <summary>
/// Thrown inside the connection step when every address of a host is one the feed may not reach;
/// the HTTP stack wraps it, and <see cref="FeedDownloader"/> turns it into a refusal.
/// </summary>
internal sealed class AddressRefusedException : Exception
{
    public AddressRefusedException(string message)
        : base(message)
    {
    }

    public AddressRefusedException()
    {
    }

    public AddressRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
