using System.Net;

namespace NewsBot.Feeds.Fetching.Addresses;

/// <summary>Tells a public internet address from one that reaches inside (loopback, private, link-local, …).</summary>
internal interface IAddressClassifier
{
    /// <summary>Null for a public address; otherwise what the address is ("loopback", "private", …).</summary>
    string? NonPublicKind(IPAddress address);
}
