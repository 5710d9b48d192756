using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Feeds;
using NewsBot.Feeds;

namespace NewsBot.Cli;

/// <summary>
/// Reads article files and folders named on the command line the way the folder feed reads them
/// (title, date marker, boilerplate removed), without a database: for verbs that only look.
/// </summary>
internal static class LocalArticleReader
{
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

            var folder = isFolder ? full : Path.GetDirectoryName(full)!;
            var feed = new FeedDefinition { Name = "local", Folder = folder, Interval = TimeSpan.FromMinutes(10) };
            var read = await reader.ReadAsync(feed, ConditionalRequest.None, cancellationToken).ConfigureAwait(false);
            var items = read.Items.Where(i => isFolder || string.Equals(i.ExternalId, Path.GetFileName(full), StringComparison.Ordinal)).ToList();
            if (!isFolder && items.Count == 0)
            {
                throw new LocalArticleException($"'{path}' is not an article file (.txt, .html or .md).");
            }

            articles.AddRange(items.Select(i => new LocalArticle(i.ExternalId ?? Path.GetFileName(full), i)));
        }

        return articles;
    }
}
