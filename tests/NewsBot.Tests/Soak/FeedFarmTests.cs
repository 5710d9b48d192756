using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using NewsBot.Benchmarks.Match;
using NewsBot.Benchmarks.Soak;
using NewsBot.Testing;

namespace NewsBot.Tests.Soak;

public sealed class FeedFarmTests : IAsyncLifetime, IDisposable
{
    // Every article visible at once (its 120 within 6 ms) in 30 feeds, none slow or failing unless a test says so.
    private static readonly SoakOptions Options = new()
    {
        Feeds = 30,
        Minutes = 0.0001,
        ItemsPerMinute = 1_200_000,
        SlowShare = 0,
        FailingShare = 0,
        UnconditionalShare = 0,
        ItemsPerFeed = 5,
    };

    private readonly HttpClient _client = new();
    private FeedFarm _farm = null!;

    public async Task InitializeAsync() => _farm = await FeedFarm.StartAsync(FarmSchedule.Create(Options, Generator()), Options, CancellationToken.None);

    public async Task DisposeAsync() => await _farm.DisposeAsync();

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Feed_ServedInEachFormat_IsWellFormedWithItsItems()
    {
        var busiest = await BusiestFeedsAsync();
        foreach (var feed in busiest)
        {
            var body = await _client.GetStringAsync(_farm.FeedUrl(feed));
            var items = FarmSchedule.FormatOf(feed) switch
            {
                FarmFormat.Rss => XDocument.Parse(body).Descendants("item").Count(),
                FarmFormat.Atom => XDocument.Parse(body).Descendants(XName.Get("entry", "http://www.w3.org/2005/Atom")).Count(),
                _ => JsonDocument.Parse(body).RootElement.GetProperty("items").GetArrayLength(),
            };
            Assert.InRange(items, 1, Options.ItemsPerFeed);
        }

        Assert.Equal(3, busiest.Select(FarmSchedule.FormatOf).Distinct().Count());
    }

    [Fact]
    public async Task Feed_AskedAgainWithItsETag_Answers304()
    {
        var url = _farm.FeedUrl(0);
        using var first = await _client.GetAsync(url);
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await _client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(2, _farm.Counts.Requests);
        Assert.Equal(1, _farm.Counts.NotModified);
    }

    [Fact]
    public async Task Farm_WithFailingFeeds_Answers503ForThem()
    {
        var options = Options with { FailingShare = 1 };
        await using var failing = await FeedFarm.StartAsync(FarmSchedule.Create(options, Generator()), options, CancellationToken.None);

        using var response = await _client.GetAsync(failing.FeedUrl(3));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    // One feed of each format among those that have items (feed n is in format n % 3).
    private async Task<int[]> BusiestFeedsAsync()
    {
        var found = new Dictionary<FarmFormat, int>();
        for (var feed = 0; feed < Options.Feeds && found.Count < 3; feed++)
        {
            var format = FarmSchedule.FormatOf(feed);
            if (found.ContainsKey(format))
            {
                continue;
            }

            var body = await _client.GetStringAsync(_farm.FeedUrl(feed));
            if (body.Contains("wire.example", StringComparison.Ordinal))
            {
                found[format] = feed;
            }
        }

        return [.. found.Values];
    }

    private static Generator Generator()
    {
        var seeds = Directory.GetFiles(RepositoryRoot.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        return new Generator(new Vocabulary(seeds, longTailNames: 2_000, new Random(1)), new Random(2));
    }
}
