using Microsoft.Extensions.Logging;

namespace NewsBot.Feeds;

/// <summary>Log messages of the Feeds project; event ids 2000-2999.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Feed {FeedName}: skipped {FileName}, {Length} bytes is over the {MaxBytes}-byte cap (FeedFetching:MaxResponseBytes)")]
    public static partial void FileTooLarge(ILogger logger, string feedName, string fileName, long length, int maxBytes);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Feed {FeedName}: skipped {FileName}, it holds no article text")]
    public static partial void FileWithoutText(ILogger logger, string feedName, string fileName);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Debug, Message = "Feed {FeedName}: read {ItemCount} articles from folder {Folder}")]
    public static partial void FolderRead(ILogger logger, string feedName, int itemCount, string folder);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Debug, Message = "Feed {FeedName}: folder {Folder} unchanged since the last read")]
    public static partial void FolderNotModified(ILogger logger, string feedName, string folder);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Debug, Message = "Feed {FeedName}: {Url} gave {Bytes} bytes of {Format}, {ItemCount} items")]
    public static partial void FeedFetched(ILogger logger, string feedName, Uri url, int bytes, Parsing.FeedFormat format, int itemCount);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Debug, Message = "Feed {FeedName}: {Url} not modified")]
    public static partial void FeedNotModified(ILogger logger, string feedName, Uri url);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Debug, Message = "Feed {FeedName}: skipped {Count} items without title or text")]
    public static partial void ItemsSkipped(ILogger logger, string feedName, int count);

    [LoggerMessage(EventId = 2013, Level = LogLevel.Debug, Message = "Feed {FeedName}: reading {Url} failed ({Failure})")]
    public static partial void FeedFailed(ILogger logger, string feedName, Uri url, Core.Feeds.FeedReadFailure failure, Exception exception);

    [LoggerMessage(EventId = 2014, Level = LogLevel.Warning, Message = "Feed {FeedName}: skipped item {Position}, it could not be read: {Reason}")]
    public static partial void ItemFailed(ILogger logger, string feedName, int position, string reason);

    [LoggerMessage(EventId = 2015, Level = LogLevel.Warning, Message = "Feed {FeedName}: skipped {Count} more items that could not be read ({Total} in all)")]
    public static partial void MoreItemsFailed(ILogger logger, string feedName, int count, int total);

    [LoggerMessage(EventId = 2016, Level = LogLevel.Information, Message = "Feed {FeedName}: {PageUrl} is a web page; reading the feed it links, {FeedUrl}")]
    public static partial void FeedDiscovered(ILogger logger, string feedName, Uri pageUrl, Uri feedUrl);
}
