using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using NewsBot.Core.Feeds;

namespace NewsBot.Feeds.Fetching;

/// <summary>
/// One conditional GET of a feed: validators sent, per-host limit and whole-request timeout applied,
/// body size capped while it streams. Every failure becomes a <see cref="FeedReadException"/>, except
/// the caller's own cancellation, which stays an <see cref="OperationCanceledException"/>.
/// </summary>
internal sealed class FeedDownloader(
    IHttpClientFactory httpClientFactory,
    HostRequestLimiter limiter,
    IOptions<FeedFetchingOptions> options,
    TimeProvider timeProvider)
{
    public const string HttpClientName = "NewsBot.Feeds";

    /// <summary>The body and validators, or null when the server answered 304 Not Modified.</summary>
    public async Task<FeedDownload?> DownloadAsync(Uri url, ConditionalRequest conditional, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(conditional);
        var settings = options.Value;

        // Waiting for a free slot is not the server's time: the timeout starts once the request can go.
        using var slot = await limiter.AcquireAsync(url, cancellationToken).ConfigureAwait(false);
        using var timeout = new CancellationTokenSource(settings.Timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await SendAsync(url, conditional, settings.MaxResponseBytes, linked.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or HttpRequestException or IOException or InvalidDataException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (timeout.IsCancellationRequested)
            {
                throw new FeedReadException(FeedReadFailure.Timeout, $"{url} did not answer in full within {settings.TimeoutSeconds} s.", ex);
            }

            throw ex is InvalidDataException
                ? new FeedReadException(FeedReadFailure.Malformed, $"{url} sent a body that does not decompress: {ex.Message}", ex)
                : new FeedReadException(FeedReadFailure.Network, $"{url} could not be fetched: {ex.Message}", ex);
        }
    }

    private async Task<FeedDownload?> SendAsync(Uri url, ConditionalRequest conditional, int maxBytes, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (!string.IsNullOrEmpty(conditional.ETag))
        {
            // Sent back exactly as received; weak validators (W/"…") included.
            request.Headers.TryAddWithoutValidation("If-None-Match", conditional.ETag);
        }

        if (conditional.LastModified is { } lastModified)
        {
            request.Headers.IfModifiedSince = lastModified;
        }

        var client = httpClientFactory.CreateClient(HttpClientName);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return null;
        }

        if (!response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NoContent)
        {
            var status = (int)response.StatusCode;
            throw new FeedReadException(FeedReadFailure.HttpStatus, $"{url} answered {status} {response.ReasonPhrase}.")
            {
                StatusCode = status,
            };
        }

        if (response.Content.Headers.ContentLength > maxBytes)
        {
            throw CappedBody.TooLarge(url, maxBytes);
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var body = await CappedBody.ReadAsync(stream, maxBytes, url, cancellationToken).ConfigureAwait(false);
            return new FeedDownload
            {
                Body = body,
                Location = response.RequestMessage?.RequestUri ?? url,
                ETag = response.Headers.ETag?.ToString(),
                LastModified = response.Content.Headers.LastModified,
            };
        }
    }

    /// <summary>The primary handler: decompression, bounded redirects, no cookies.</summary>
    internal static SocketsHttpHandler CreatePrimaryHandler() => new()
    {
        AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
        AllowAutoRedirect = true,
        MaxAutomaticRedirections = 5,
        UseCookies = false,
    };

    internal static void Configure(HttpClient client, FeedFetchingOptions settings)
    {
        client.DefaultRequestHeaders.UserAgent.ParseAdd(settings.UserAgent);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/rss+xml"));
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/atom+xml"));
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/feed+json"));
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/xml", 0.9));
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/xml", 0.9));
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.8));
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*", 0.5));

        // Our own timeout covers the body too and tells a timeout from the caller's cancellation.
        client.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
    }
}
