using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace NewsBot.Feeds.Tests.Fetching;

/// <summary>
/// A self-signed certificate for 127.0.0.1, made for one test. The client trusts it by its thumbprint
/// in that test only; nothing is added to the machine's trust store.
/// </summary>
internal static class LoopbackCertificate
{
    public static X509Certificate2 Create()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = TimeProvider.System.GetUtcNow();
        using var made = request.CreateSelfSigned(now.AddMinutes(-5), now.AddHours(1));

        // Kestrel wants a certificate whose key it can use for TLS; a PKCS#12 round trip gives one on every platform.
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pkcs12), password: null);
    }
}
