namespace NewsBot.Core.Delivery;

/// <summary>
/// Which failures of an HTTP request to a chat platform mean that the request never reached it, so nothing it asked
/// for can have been done and a plain retry is safe. Every other failure of a request that posts or edits leaves
/// its outcome unknown (<see cref="ChatDeliveryException.OutcomeUnknown"/>).
/// </summary>
public static class UnsentRequests
{
    /// <summary>
    /// True for a name that did not resolve, and a connection, TLS handshake, proxy tunnel or proxy authentication
    /// that failed: all before a byte of the request went out. Not for a limit that the answer exceeded
    /// (<see cref="HttpRequestError.ConfigurationLimitExceeded"/>, e.g. headers too long), which comes after the
    /// request was sent and perhaps carried out.
    /// </summary>
    public static bool NeverSent(HttpRequestException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.HttpRequestError is HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError
            or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError or HttpRequestError.UserAuthenticationError;
    }
}
