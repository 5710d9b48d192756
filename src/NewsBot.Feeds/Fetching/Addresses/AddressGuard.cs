using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace NewsBot.Feeds.Fetching.Addresses;

/// <summary>
/// Keeps feed requests off internal addresses (SSRF). Two checks, both needed: before each request
/// (every redirect hop, the autodiscovered feed) an address that names a non-public place other
/// than the feed's own is refused, which also keeps pooled connections to an allowed private host
/// from serving another feed; and at connect time every address the name resolves to is checked,
/// so a public name that resolves (or rebinds) to a private address is refused too.
/// </summary>
internal sealed class AddressGuard(IHostResolver resolver, IAddressClassifier classifier, IOptions<FeedFetchingOptions> options)
{
    public FeedAddressScope ScopeFor(Uri configured) => FeedAddressScope.For(configured, options.Value.AllowedPrivateHosts);

    /// <summary>Null when the request may go; otherwise why not.</summary>
    public string? RefusalBeforeRequest(Uri uri, FeedAddressScope scope)
    {
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.IsHome(uri))
        {
            return null;
        }

        var host = FeedAddressScope.HostOf(uri);
        if (IPAddress.TryParse(host, out var literal) && classifier.NonPublicKind(literal) is { } kind)
        {
            return $"{uri} is a {kind} address, and only a feed configured with that host and port may reach it";
        }

        if (FeedAddressScope.IsLocalhost(host) || options.Value.AllowedPrivateHosts.Any(allowed => string.Equals(allowed.Trim(), host, StringComparison.OrdinalIgnoreCase)))
        {
            return $"{uri} is a private host, and only a feed configured with that host and port may reach it";
        }

        return null;
    }

    /// <summary>The <see cref="SocketsHttpHandler.ConnectCallback"/>: resolves, drops refused addresses, dials the rest.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.InitialRequestMessage;
        var uri = request.RequestUri ?? throw new AddressRefusedException("The request has no address.");
        var allowNonPublic = request.Options.TryGetValue(FeedAddressScope.Key, out var scope) && scope.AllowsNonPublic(uri);
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await resolver.ResolveAsync(host, cancellationToken).ConfigureAwait(false);

        var allowed = new List<IPAddress>(addresses.Length);
        string? refusal = null;
        foreach (var address in addresses)
        {
            var kind = allowNonPublic ? null : classifier.NonPublicKind(address);
            if (kind is null)
            {
                allowed.Add(address);
            }
            else
            {
                refusal ??= $"{host} resolves to {address}, a {kind} address, and only a feed configured with that host and port may reach it";
            }
        }

        if (allowed.Count == 0)
        {
            throw new AddressRefusedException(refusal ?? $"{host} resolves to no address.");
        }

        return await DialAsync(allowed, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Stream> DialAsync(List<IPAddress> addresses, int port, CancellationToken cancellationToken)
    {
        // A dual-mode socket reaches IPv4 and IPv6 addresses alike; without IPv6 only IPv4 is tried.
        var socket = Socket.OSSupportsIPv6
            ? new Socket(SocketType.Stream, ProtocolType.Tcp)
            : new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.NoDelay = true;
            var dialable = Socket.OSSupportsIPv6 ? addresses : addresses.Where(a => a.AddressFamily == AddressFamily.InterNetwork).ToList();
            await socket.ConnectAsync(dialable.ToArray(), port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
