using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Feeds;
using NewsBot.Feeds.Fetching.Addresses;
using NewsBot.Feeds.Html;
using NewsBot.Feeds.Parsing;

namespace NewsBot.Feeds.Fetching;

/// <summary>
/// Reads an RSS, Atom or JSON Feed over HTTP(S) with a conditional GET. One deadline
/// (<see cref="FeedFetchingOptions.TimeoutSeconds"/>) covers every redirect, the body and an
/// autodiscovered feed, so a server that trickles bytes is stopped however slowly it sends. A web
/// page given as a feed is followed, once, to the feed it links.
/// </summary>
internal sealed class HttpFeedReader(
    FeedDownloader downloader,
    HostRequestLimiter limiter,
    AddressGuard guard,
    IOptions<FeedFetchingOptions> options,
    TimeProvider timeProvider,
    ILogger<HttpFeedReader> logger)
{
    /// <summary>Items that failed to read are logged one by one up to this many per read, then counted.</summary>
    private const int MaxItemFailuresLogged = 10;

    public async Task<FeedReadResult> ReadAsync(FeedDefinition feed, ConditionalRequest conditional, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(conditional);
        var url = feed.Url ?? throw new FeedReadException(FeedReadFailure.NotFound, $"Feed {feed.Name} names no URL.");
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            throw new FeedReadException(FeedReadFailure.NotFound, $"Feed {feed.Name}: {url} is not an http or https address.");
        }

        var settings = options.Value;

        // Waiting for a free slot is not the server's time: the deadline starts once the request can go.
        using var slot = await limiter.AcquireAsync(url, cancellationToken).ConfigureAwait(false);
        using var deadline = new CancellationTokenSource(settings.Timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await FetchAsync(feed, url, conditional, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested && ex.CancellationToken != cancellationToken)
        {
            // The caller's own cancellation, told as such, whichever linked token the HTTP stack named.
            throw new OperationCanceledException(ex.Message, ex, cancellationToken);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested && deadline.IsCancellationRequested)
        {
            var timeout = new FeedReadException(FeedReadFailure.Timeout, $"{url} did not answer in full within {settings.TimeoutSeconds} s (FeedFetching:TimeoutSeconds).", ex);
            Log.FeedFailed(logger, feed.Name, url, timeout.Failure, timeout);
            throw timeout;
        }
        catch (FeedReadException ex)
        {
            Log.FeedFailed(logger, feed.Name, url, ex.Failure, ex);
            throw;
        }
    }

    private async Task<FeedReadResult> FetchAsync(FeedDefinition feed, Uri url, ConditionalRequest conditional, CancellationToken cancellationToken)
    {
        var scope = guard.ScopeFor(url);
        var download = await downloader.DownloadAsync(url, conditional, scope, cancellationToken).ConfigureAwait(false);
        if (download is null)
        {
            Log.FeedNotModified(logger, feed.Name, url);
            return FeedReadResult.NotModified(conditional);
        }

        if (WebPage.Is(download.Text))
        {
            var page = download.Location;
            var links = WebPage.FeedLinks(download.Text, page);
            var link = links.Count > 0 ? links[0] : throw WebPage.NotAFeed(page, ", and it links no feed");
            Log.FeedDiscovered(logger, feed.Name, page, link);
            download = await downloader.DownloadAsync(link, conditional, scope, cancellationToken).ConfigureAwait(false);
            if (download is null)
            {
                Log.FeedNotModified(logger, feed.Name, link);
                return FeedReadResult.NotModified(conditional);
            }

            if (WebPage.Is(download.Text))
            {
                throw WebPage.NotAFeed(page, $", and the feed it links ({link}) is a web page too");
            }
        }

        // Identified only: the poller converts the markup of the items it has not stored yet.
        var parsed = FeedDocumentParser.Identify(download.Text, download.Location, options.Value.MaxResponseBytes);
        Log.FeedFetched(logger, feed.Name, download.Location, download.Bytes, parsed.Format, parsed.Entries.Count);
        LogSkipped(logger, feed.Name, 0, parsed.Failures);
        return new FeedReadResult
        {
            Modified = true,
            Pending = parsed.Entries.Select(entry => entry.ToPending()).ToList(),
            ETag = download.ETag,
            LastModified = download.LastModified,
        };
    }

    /// <summary>One warning per item that failed (up to <see cref="MaxItemFailuresLogged"/>, then one for the rest).</summary>
    internal static void LogSkipped(ILogger logger, string feedName, int skippedEntries, IReadOnlyList<ItemFailure> failures)
    {
        if (skippedEntries > 0)
        {
            Log.ItemsSkipped(logger, feedName, skippedEntries);
        }

        foreach (var failure in failures.Take(MaxItemFailuresLogged))
        {
            Log.ItemFailed(logger, feedName, failure.Position, failure.Reason);
        }

        if (failures.Count > MaxItemFailuresLogged)
        {
            Log.MoreItemsFailed(logger, feedName, failures.Count - MaxItemFailuresLogged, failures.Count);
        }
    }
}
