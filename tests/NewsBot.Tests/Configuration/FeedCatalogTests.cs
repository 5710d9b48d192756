using Microsoft.Extensions.Options;
using NewsBot.Configuration;
using NewsBot.Hosting;

namespace NewsBot.Tests.Configuration;

public sealed class FeedCatalogTests
{
    [Fact]
    public void Find_NameInAnotherLetterCase_FindsTheFeed()
    {
        var catalog = Catalog(("Le Monde", 10), ("BBC World", 15));

        var feed = catalog.Find("bbc WORLD");

        Assert.Equal("BBC World", feed?.Name);
        Assert.Equal(TimeSpan.FromMinutes(15), feed?.Interval);
    }

    [Fact]
    public void Find_NameNotConfigured_IsNull()
    {
        var catalog = Catalog(("Le Monde", 10));

        Assert.Null(catalog.Find("Le Figaro"));
    }

    [Fact]
    public void Find_TenThousandFeeds_FindsEachByItsOwnName()
    {
        var catalog = Catalog(Enumerable.Range(0, 10_000).Select(i => ($"feed-{i:D5}", 1 + (i % 60))).ToArray());

        for (var i = 0; i < 10_000; i++)
        {
            var feed = catalog.Find($"FEED-{i:D5}");
            Assert.Equal($"feed-{i:D5}", feed?.Name);
            Assert.Equal(TimeSpan.FromMinutes(1 + (i % 60)), feed?.Interval);
        }
    }

    private static FeedCatalog Catalog(params (string Name, int Minutes)[] feeds)
    {
        var options = new FeedListOptions();
        foreach (var (name, minutes) in feeds)
        {
            options.Feeds.Add(new FeedEntry { Name = name, Url = $"https://example.org/{Uri.EscapeDataString(name)}.xml", IntervalMinutes = minutes });
        }

        return new FeedCatalog(Options.Create(options), new HostPaths(Path.GetTempPath()));
    }
}
