using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Feeds;
using NewsBot.Feeds.Fetching;

namespace NewsBot.Feeds.Folder;

/// <summary>Reads a local folder where each .txt, .html or .md file is an article, in file-name order.</summary>
internal sealed class FolderFeedReader(IOptions<FeedFetchingOptions> options, ILogger<FolderFeedReader> logger)
{
    public async Task<FeedReadResult> ReadAsync(FeedDefinition feed, ConditionalRequest conditional, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(conditional);
        var folder = feed.Folder ?? throw new FeedReadException(FeedReadFailure.NotFound, $"Feed {feed.Name} names no folder.");
        var files = ListArticleFiles(folder);
        var version = FolderVersion.Of(files);
        if (string.Equals(version, conditional.ETag, StringComparison.Ordinal))
        {
            Log.FolderNotModified(logger, feed.Name, folder);
            return FeedReadResult.NotModified(conditional);
        }

        var maxBytes = options.Value.MaxResponseBytes;
        var items = new List<RawItem>(files.Count);
        foreach (var file in files)
        {
            if (file.Length > maxBytes)
            {
                Log.FileTooLarge(logger, feed.Name, file.Name, file.Length, maxBytes);
                continue;
            }

            var content = await ReadFileAsync(file, cancellationToken).ConfigureAwait(false);
            if (ArticleFile.Parse(file.Name, content) is { } item)
            {
                items.Add(item);
            }
            else
            {
                Log.FileWithoutText(logger, feed.Name, file.Name);
            }
        }

        Log.FolderRead(logger, feed.Name, items.Count, folder);
        return new FeedReadResult { Modified = true, Items = items, ETag = version };
    }

    private static List<FileInfo> ListArticleFiles(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new FeedReadException(FeedReadFailure.NotFound, $"Folder {Path.GetFullPath(folder)} does not exist.");
        }

        try
        {
            return new DirectoryInfo(folder).EnumerateFiles()
                .Where(file => ArticleFile.Extensions.Contains(file.Extension))
                .OrderBy(file => file.Name, StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            throw new FeedReadException(FeedReadFailure.NotFound, $"Folder {Path.GetFullPath(folder)} cannot be listed: {ex.Message}", ex);
        }
    }

    private static async Task<string> ReadFileAsync(FileInfo file, CancellationToken cancellationToken)
    {
        try
        {
            // UTF-8 unless the file starts with a byte order mark saying otherwise.
            return await File.ReadAllTextAsync(file.FullName, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // One unreadable file fails the whole read: a partial folder must not look like a complete one.
            throw new FeedReadException(FeedReadFailure.NotFound, $"File {file.FullName} cannot be read: {ex.Message}", ex);
        }
    }
}
