using System.ComponentModel.DataAnnotations;

namespace NewsBot.Feeds.Fetching;

/// <summary>How feeds are fetched. Bound from the <c>FeedFetching</c> section and validated at start.</summary>
public sealed class FeedFetchingOptions
{
    public const string Section = "FeedFetching";

    /// <summary>
    /// User-Agent sent with every request; names the bot so publishers know who is polling them.
    /// Default: <c>NewsBot/0.1 (self-hosted news alerts)</c>.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    [MaxLength(300)]
    public string UserAgent { get; set; } = "NewsBot/0.1 (self-hosted news alerts)";

    /// <summary>
    /// Longest a whole request may take, from sending it to the last byte of the body, in seconds.
    /// Default: 30.
    /// </summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// Largest response body accepted, in bytes after decompression; larger bodies are refused while
    /// they stream in. Also the largest file a folder feed reads. Default: 10 MiB (10485760).
    /// </summary>
    [Range(1024, 1024 * 1024 * 1024)]
    public int MaxResponseBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Most requests in flight to one host at a time. Default: 2.</summary>
    [Range(1, 64)]
    public int MaxConcurrentRequestsPerHost { get; set; } = 2;

    /// <summary>
    /// Failures in a row after which the feed poller (in Core) disables a feed. Default: 100.
    /// Kept with the other fetching settings; the reader itself does not use it.
    /// </summary>
    [Range(1, 100_000)]
    public int MaxConsecutiveFailures { get; set; } = 100;

    /// <summary>
    /// Host names whose feeds may be on a private address (loopback, RFC 1918, link-local, unique
    /// local, carrier-grade NAT), e.g. an intranet feed server. A feed configured with an IP address
    /// or <c>localhost</c> needs no entry. Either way such a feed reaches only its own host and port:
    /// redirects and autodiscovered links to any other non-public place are refused, and no feed may
    /// reach a name that resolves to a non-public address unless it is listed here. Default: none.
    /// </summary>
    public IList<string> AllowedPrivateHosts { get; } = new List<string>();

    /// <summary>Redirects followed before a request is refused; each hop is checked like the first.</summary>
    internal const int MaxRedirects = 5;

    internal TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);
}
