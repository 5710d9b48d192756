using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Articles;
using NewsBot.Core.Feeds;
using NewsBot.Feeds;

namespace NewsBot.Cli;

/// <summary>
/// Reads article files and folders named on the command line the way the folder feed reads them
/// (title, date marker, boilerplate removed), without a database: for verbs that only look.
/// </summary>
internal static class LocalArticleReader
{
    /// <summary>The folder feed's article files (its own list is internal to NewsBot.Feeds).</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>([".txt", ".html", ".htm", ".md"], StringComparer.OrdinalIgnoreCase);

    public static async Task<IReadOnlyList<LocalArticle>> ReadAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddLogging()
            .AddNewsBotFeeds();
        await using var provider = services.BuildServiceProvider();
        var reader = provider.GetRequiredService<IFeedReader>();
        var articles = new List<LocalArticle>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            var isFolder = Directory.Exists(full);
            if (!isFolder && !File.Exists(full))
            {
                throw new LocalArticleException($"'{path}' does not exist.");
            }

            if (!isFolder)
            {
                await CheckFileAsync(path, full, cancellationToken).ConfigureAwait(false);
            }

            var folder = isFolder ? full : Path.GetDirectoryName(full)!;
            var feed = new FeedDefinition { Name = "local", Folder = folder, Interval = TimeSpan.FromMinutes(10) };
            var read = await reader.ReadAsync(feed, ConditionalRequest.None, cancellationToken).ConfigureAwait(false);
            var items = read.Items.Where(i => isFolder || string.Equals(i.ExternalId, Path.GetFileName(full), StringComparison.Ordinal)).ToList();
            if (!isFolder && items.Count == 0)
            {
                throw new LocalArticleException($"'{path}' holds no article text (only markup, links or blank lines).");
            }

            if (isFolder)
            {
                // A binary file among the articles is left out, never read as an article.
                items = await WhereTextAsync(folder, items, cancellationToken).ConfigureAwait(false);
            }

            articles.AddRange(items.Select(i => new LocalArticle(i.ExternalId ?? Path.GetFileName(full), i)));
        }

        return articles;
    }

    /// <exception cref="LocalArticleException">The file is not one the bot reads, empty, or not text.</exception>
    private static async Task CheckFileAsync(string path, string full, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(full);
        if (!Extensions.Contains(extension))
        {
            var what = extension.Length == 0 ? "has no extension" : $"has the extension {extension}";
            throw new LocalArticleException($"'{path}' {what}; article files are .txt, .html, .htm or .md.");
        }

        switch (await FileContentSniffer.ClassifyAsync(full, cancellationToken).ConfigureAwait(false))
        {
            case FileContentKind.Empty:
                throw new LocalArticleException($"'{path}' is empty.");
            case FileContentKind.NotText:
                throw new LocalArticleException($"'{path}' is not text (control characters or bytes that are not UTF-8: a binary file?).");
        }
    }

    private static async Task<List<RawItem>> WhereTextAsync(string folder, List<RawItem> items, CancellationToken cancellationToken)
    {
        var text = new List<RawItem>(items.Count);
        foreach (var item in items)
        {
            var file = item.ExternalId is null ? null : Path.Combine(folder, item.ExternalId);
            if (file is null || !File.Exists(file) || await FileContentSniffer.ClassifyAsync(file, cancellationToken).ConfigureAwait(false) == FileContentKind.Text)
            {
                text.Add(item);
            }
        }

        return text;
    }
}
