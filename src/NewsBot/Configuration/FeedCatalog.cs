using Microsoft.Extensions.Options;
using NewsBot.Core.Feeds;
using NewsBot.Hosting;

namespace NewsBot.Configuration;

/// <summary>The configured feeds as the Core sees them, folders resolved against the content root.</summary>
internal sealed class FeedCatalog(IOptions<FeedListOptions> options, HostPaths paths)
{
    private readonly Lazy<IReadOnlyList<FeedDefinition>> _feeds = new(() => options.Value.Feeds.Select(f => ToDefinition(f, paths)).ToList());

    public IReadOnlyList<FeedDefinition> Feeds => _feeds.Value;

    public FeedDefinition? Find(string name) =>
        Feeds.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    internal static FeedDefinition ToDefinition(FeedEntry entry, HostPaths paths) => new()
    {
        Name = entry.Name!,
        Url = string.IsNullOrWhiteSpace(entry.Url) ? null : new Uri(entry.Url),
        Folder = string.IsNullOrWhiteSpace(entry.Folder) ? null : paths.Resolve(entry.Folder),
        Interval = TimeSpan.FromMinutes(entry.IntervalMinutes),
    };
}
