using System.Net;

namespace NewsBot.Feeds.Fetching.Addresses;

/// <summary>Name resolution for feed connections; the addresses it gives are checked before any is dialled.</summary>
internal interface IHostResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}
