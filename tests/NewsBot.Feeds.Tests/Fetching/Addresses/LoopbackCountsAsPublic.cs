using System.Net;
using NewsBot.Feeds.Fetching.Addresses;

namespace NewsBot.Feeds.Tests.Fetching.Addresses;

/// <summary>
/// The real ranges, except that 127.0.0.1 plays a public server: a test can then run a "public"
/// feed on loopback, while every other loopback address (127.0.0.2, ::1) stays internal.
/// </summary>
internal sealed class LoopbackCountsAsPublic : IAddressClassifier
{
    private readonly ReservedRanges _real = new();

    public string? NonPublicKind(IPAddress address) => address.Equals(IPAddress.Loopback) ? null : _real.NonPublicKind(address);
}
