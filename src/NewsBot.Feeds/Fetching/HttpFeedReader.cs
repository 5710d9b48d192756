using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Feeds;
using NewsBot.Feeds.Parsing;

namespace NewsBot.Feeds.Fetching;

/// <summary>Reads an RSS, Atom or JSON Feed over HTTP(S) with a conditional GET.</summary>
internal sealed class HttpFeedReader(FeedDownloader downloader, IOptions<FeedFetchingOptions> options, ILogger<HttpFeedReader> logger)
{
    public async Task<FeedReadResult> ReadAsync(FeedDefinition feed, ConditionalRequest conditional, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(conditional);
        var url = feed.Url ?? throw new FeedReadException(FeedReadFailure.NotFound, $"Feed {feed.Name} names no URL.");
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            throw new FeedReadException(FeedReadFailure.NotFound, $"Feed {feed.Name}: {url} is not an http or https address.");
        }

        try
        {
            var download = await downloader.DownloadAsync(url, conditional, cancellationToken).ConfigureAwait(false);
            if (download is null)
            {
                Log.FeedNotModified(logger, feed.Name, url);
                return FeedReadResult.NotModified(conditional);
            }

            var parsed = FeedDocumentParser.Parse(download.Body, download.Location, options.Value.MaxResponseBytes);
            Log.FeedFetched(logger, feed.Name, url, download.Body.Length, parsed.Format, parsed.Items.Count);
            if (parsed.SkippedEntries > 0)
            {
                Log.ItemsSkipped(logger, feed.Name, parsed.SkippedEntries);
            }

            return new FeedReadResult
            {
                Modified = true,
                Items = parsed.Items,
                ETag = download.ETag,
                LastModified = download.LastModified,
            };
        }
        catch (FeedReadException ex)
        {
            Log.FeedFailed(logger, feed.Name, url, ex.Failure, ex);
            throw;
        }
    }
}
