using NewsBot.Core.Delivery;

namespace NewsBot.Core.Tests.Delivery;

public sealed class UnsentRequestsTests
{
    [Theory]
    [InlineData(HttpRequestError.NameResolutionError, true)]
    [InlineData(HttpRequestError.ConnectionError, true)]
    [InlineData(HttpRequestError.SecureConnectionError, true)]
    [InlineData(HttpRequestError.ProxyTunnelError, true)]
    [InlineData(HttpRequestError.UserAuthenticationError, true)]
    [InlineData(HttpRequestError.ConfigurationLimitExceeded, false)]
    [InlineData(HttpRequestError.ResponseEnded, false)]
    [InlineData(HttpRequestError.InvalidResponse, false)]
    [InlineData(HttpRequestError.HttpProtocolError, false)]
    [InlineData(HttpRequestError.Unknown, false)]
    public void NeverSent_EachKindOfFailure_IsTrueOnlyWhenNoByteOfTheRequestWentOut(HttpRequestError error, bool neverSent)
    {
        Assert.Equal(neverSent, UnsentRequests.NeverSent(new HttpRequestException(error, "failed")));
    }
}
