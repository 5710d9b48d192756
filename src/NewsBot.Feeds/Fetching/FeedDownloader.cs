using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using NewsBot.Core.Feeds;
using NewsBot.Feeds.Fetching.Addresses;
using NewsBot.Feeds.Parsing.Decoding;

namespace NewsBot.Feeds.Fetching;

/// <summary>
/// One conditional GET of a feed, redirects followed here hop by hop so each hop is checked: at most
/// <see cref="FeedFetchingOptions.MaxRedirects"/>, no loop, no other scheme than http(s), no step
/// down from https to http, no non-public address but the feed's own (<see cref="AddressGuard"/>).
/// The body is capped while it streams, after decompression. Failures become
/// <see cref="FeedReadException"/>; cancellation, the caller's or the deadline's, stays an
/// <see cref="OperationCanceledException"/> for <see cref="HttpFeedReader"/> to tell apart.
/// </summary>
internal sealed class FeedDownloader(IHttpClientFactory httpClientFactory, AddressGuard guard, IOptions<FeedFetchingOptions> options)
{
    public const string HttpClientName = "NewsBot.Feeds";

    /// <summary>The body and validators, or null when the server answered 304 Not Modified.</summary>
    public async Task<FeedDownload?> DownloadAsync(Uri url, ConditionalRequest conditional, FeedAddressScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(conditional);
        ArgumentNullException.ThrowIfNull(scope);
        try
        {
            return await FollowAsync(url, conditional, scope, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or InvalidDataException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (FindRefusal(ex) is { } refusal)
            {
                throw new FeedReadException(FeedReadFailure.Refused, $"{url} refused: {refusal.Message}.", ex);
            }

            throw ex is InvalidDataException
                ? new FeedReadException(FeedReadFailure.Malformed, $"{url} sent a body that does not decompress: {ex.Message}", ex)
                : new FeedReadException(FeedReadFailure.Network, $"{url} could not be fetched: {ex.Message}", ex);
        }
    }

    private async Task<FeedDownload?> FollowAsync(Uri url, ConditionalRequest conditional, FeedAddressScope scope, CancellationToken cancellationToken)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var current = url;
        for (var redirects = 0; ; redirects++)
        {
            if (guard.RefusalBeforeRequest(current, scope) is { } refusal)
            {
                throw Refused(url, refusal);
            }

            visited.Add(WithoutFragment(current));
            using var response = await SendAsync(current, conditional, scope, cancellationToken).ConfigureAwait(false);
            if (!IsRedirect(response.StatusCode))
            {
                return await ReadAsync(response, current, cancellationToken).ConfigureAwait(false);
            }

            var next = NextHop(url, current, response, visited, redirects);
            current = next;
        }
    }

    /// <summary>Where a redirect leads, or a refusal: no Location, another scheme, https down to http, a loop, too many hops.</summary>
    internal static Uri NextHop(Uri url, Uri current, HttpResponseMessage response, HashSet<string> visited, int redirects)
    {
        var location = response.Headers.Location
            ?? throw new FeedReadException(FeedReadFailure.HttpStatus, $"{url}: {current} answered {(int)response.StatusCode} without a Location.")
            {
                StatusCode = (int)response.StatusCode,
            };
        var next = location.IsAbsoluteUri ? location : new Uri(current, location);
        if (next.Scheme is not ("http" or "https"))
        {
            throw Refused(url, $"{current} redirects to a {next.Scheme}: address, and feeds are read over http and https only");
        }

        if (current.Scheme == "https" && next.Scheme == "http")
        {
            throw Refused(url, $"{current} redirects from https down to http ({next})");
        }

        if (visited.Contains(WithoutFragment(next)))
        {
            throw Refused(url, $"redirect loop: {current} sends back to {next}");
        }

        if (redirects >= FeedFetchingOptions.MaxRedirects)
        {
            throw Refused(url, $"more than {FeedFetchingOptions.MaxRedirects} redirects (the last to {next})");
        }

        return next;
    }

    private async Task<HttpResponseMessage> SendAsync(Uri url, ConditionalRequest conditional, FeedAddressScope scope, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Options.Set(FeedAddressScope.Key, scope);
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
        return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
    }

    private async Task<FeedDownload?> ReadAsync(HttpResponseMessage response, Uri url, CancellationToken cancellationToken)
    {
        var maxBytes = options.Value.MaxResponseBytes;
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
            var body = await CappedBody.ReadAsync(stream, maxBytes, url, response.Content.Headers.ContentLength, cancellationToken).ConfigureAwait(false);
            return new FeedDownload
            {
                Text = BodyDecoder.Decode(body.Span),
                Bytes = body.Length,
                Location = url,
                ETag = response.Headers.ETag?.ToString(),
                LastModified = response.Content.Headers.LastModified,
            };
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static string WithoutFragment(Uri uri) => uri.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.Fragment, UriFormat.UriEscaped);

    private static FeedReadException Refused(Uri url, string reason) => new(FeedReadFailure.Refused, $"{url} refused: {reason}.");

    private static AddressRefusedException? FindRefusal(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is AddressRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }

    /// <summary>
    /// The primary handler: decompression, no automatic redirects (followed and checked above), no
    /// cookies, no proxy (the address check must see the server itself), connections dialled by
    /// <see cref="AddressGuard"/>.
    /// </summary>
    internal static SocketsHttpHandler CreatePrimaryHandler(AddressGuard guard) => new()
    {
        AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
        AllowAutoRedirect = false,
        UseCookies = false,
        UseProxy = false,
        ConnectCallback = guard.ConnectAsync,
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

        // The reader's own deadline covers every hop and the body, and tells a timeout from the caller's cancellation.
        client.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
    }
}
