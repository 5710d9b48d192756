using NewsBot.Core.Feeds;
using NewsBot.Feeds.Fetching;
using NewsBot.Feeds.Folder;

namespace NewsBot.Feeds;

/// <summary>The <see cref="IFeedReader"/> for both kinds of source: HTTP feeds and local folders.</summary>
internal sealed class FeedReader(HttpFeedReader httpReader, FolderFeedReader folderReader) : IFeedReader
{
    public Task<FeedReadResult> ReadAsync(FeedDefinition feed, ConditionalRequest conditional, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(conditional);
        return feed.Kind == FeedSourceKind.Folder
            ? folderReader.ReadAsync(feed, conditional, cancellationToken)
            : httpReader.ReadAsync(feed, conditional, cancellationToken);
    }
}
