using System.Net;
using System.Net.Sockets;
using NewsBot.Feeds.Fetching.Addresses;

namespace NewsBot.Feeds.Tests.Fetching.Addresses;

/// <summary>A resolver with a fixed table, so tests give names any address without leaving the machine.</summary>
internal sealed class FakeHostResolver(IReadOnlyDictionary<string, string> table) : IHostResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        table.TryGetValue(host, out var address)
            ? Task.FromResult(new[] { IPAddress.Parse(address) })
            : Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound));
}
