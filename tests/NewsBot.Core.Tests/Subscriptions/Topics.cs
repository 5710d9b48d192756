using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions;
using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Testing;

namespace NewsBot.Core.Tests.Subscriptions;

/// <summary>Subscriptions, articles and the repository's alias table for the topic tests.</summary>
internal static class Topics
{
    private static readonly Lazy<AliasTable> RepositoryAliases = new(() =>
        AliasTable.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "aliases", "aliases.txt"))));

    public static AliasTable Aliases => RepositoryAliases.Value;

    public static Subscription Sub(long id, string query, string channel = "c") =>
        new() { Id = id, Channel = new ChannelAddress("test", channel), Query = query, CreatedAt = DateTimeOffset.UnixEpoch };

    public static Article Article(string title, string text, long id = 1, string feed = "f", Uri? link = null) =>
        new() { Id = id, FeedName = feed, Title = title, Text = text, Link = link, ContentHash = id.ToString(System.Globalization.CultureInfo.InvariantCulture), FetchedAt = DateTimeOffset.UnixEpoch };

    /// <summary>The seed files, first non-empty line as title; close enough to the folder reader for matching.</summary>
    public static IReadOnlyList<Article> Seeds() => Directory.GetFiles(RepositoryRoot.Seeds, "*.txt")
        .Order(StringComparer.Ordinal)
        .Select((file, i) =>
        {
            var lines = File.ReadAllLines(file).SkipWhile(string.IsNullOrWhiteSpace).ToArray();
            return Article(lines[0], string.Join('\n', lines.Skip(1)), i + 1, Path.GetFileName(file));
        })
        .ToList();

    /// <summary>Whether <paramref name="query"/> matches an article made of <paramref name="text"/>.</summary>
    public static bool Matches(string query, string text, AliasTable? aliases = null)
    {
        var index = new TopicIndex(aliases ?? AliasTable.Empty);
        Assert.True(index.Upsert(Sub(1, query)), $"'{query}' should parse");
        return index.Match(Article("Title", text)).Count == 1;
    }
}
