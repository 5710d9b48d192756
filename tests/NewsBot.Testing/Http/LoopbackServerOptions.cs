using System.Security.Cryptography.X509Certificates;

namespace NewsBot.Testing.Http;

/// <summary>How a <see cref="LoopbackHttpServer"/> listens and what it keeps.</summary>
public sealed record LoopbackServerOptions
{
    /// <summary>When set, the server speaks HTTPS with this certificate (it needs its private key). Default: plain HTTP.</summary>
    public X509Certificate2? Certificate { get; init; }

    /// <summary>
    /// Whether <see cref="LoopbackHttpServer.Requests"/> keeps every request. Off for servers that take
    /// requests for hours (the soak's feed farm), whose record would only grow. Default: on.
    /// </summary>
    public bool RecordRequests { get; init; } = true;
}
