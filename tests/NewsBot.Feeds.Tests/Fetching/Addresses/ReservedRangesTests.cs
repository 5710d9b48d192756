using System.Net;
using NewsBot.Feeds.Fetching.Addresses;

namespace NewsBot.Feeds.Tests.Fetching.Addresses;

public sealed class ReservedRangesTests
{
    private readonly ReservedRanges _ranges = new();

    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.200.3.4", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("10.1.2.3", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.254", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("fd00:ec2::254", "private")]
    [InlineData("fc00::1", "private")]
    [InlineData("169.254.169.254", "link-local (cloud metadata)")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("100.64.0.1", "carrier-grade NAT")]
    [InlineData("100.127.255.255", "carrier-grade NAT")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("::", "unspecified")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("255.255.255.255", "reserved")]
    [InlineData("::ffff:10.0.0.1", "private")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("64:ff9b::7f00:1", "loopback")]
    [InlineData("2002:a9fe:a9fe::", "link-local (cloud metadata)")]
    public void NonPublicKind_InternalAddress_NamesItsKind(string address, string kind)
    {
        Assert.Equal(kind, _ranges.NonPublicKind(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("192.169.0.1")]
    [InlineData("2606:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    public void NonPublicKind_PublicAddress_Null(string address)
    {
        Assert.Null(_ranges.NonPublicKind(IPAddress.Parse(address)));
    }
}
