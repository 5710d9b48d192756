using System.Net;

namespace NewsBot.Feeds.Fetching.Addresses;

/// <summary>
/// The one place a feed may reach on a non-public address: its own configured host and port, and
/// only when the operator named that place as such (an IP address, <c>localhost</c>, or a host in
/// <see cref="FeedFetchingOptions.AllowedPrivateHosts"/>). Travels with each request so the
/// connection step can apply it.
/// </summary>
internal sealed record FeedAddressScope(string Host, int Port, bool MayBeNonPublic)
{
    public static readonly HttpRequestOptionsKey<FeedAddressScope> Key = new("NewsBot.FeedAddressScope");

    public static FeedAddressScope For(Uri configured, IEnumerable<string> allowedPrivateHosts)
    {
        ArgumentNullException.ThrowIfNull(configured);
        ArgumentNullException.ThrowIfNull(allowedPrivateHosts);
        var host = HostOf(configured);
        var named = IPAddress.TryParse(host, out _)
            || IsLocalhost(host)
            || allowedPrivateHosts.Any(allowed => string.Equals(allowed.Trim(), host, StringComparison.OrdinalIgnoreCase));
        return new FeedAddressScope(host, configured.Port, named);
    }

    /// <summary>The address is the feed's own host and port.</summary>
    public bool IsHome(Uri uri) => uri.Port == Port && string.Equals(HostOf(uri), Host, StringComparison.OrdinalIgnoreCase);

    public bool AllowsNonPublic(Uri uri) => MayBeNonPublic && IsHome(uri);

    /// <summary>The host as the resolver and <see cref="IPAddress.TryParse(string, out IPAddress)"/> take it: IDN in ASCII, IPv6 without brackets.</summary>
    public static string HostOf(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.IdnHost.TrimStart('[').TrimEnd(']').TrimEnd('.');
    }

    public static bool IsLocalhost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);
}
