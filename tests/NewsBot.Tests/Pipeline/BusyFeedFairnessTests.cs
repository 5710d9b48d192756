using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Feeds;
using NewsBot.Core.Pipeline;
using NewsBot.Hosting;
using NewsBot.Testing;
using NewsBot.Testing.Feeds;
using NewsBot.Testing.Http;

namespace NewsBot.Tests.Pipeline;

/// <summary>
/// A 50,000-item feed beside a normal one, on a loopback server, through the real reader, poller,
/// pipeline and SQLite store (issue 18's fairness target): the busy feed is taken a budget at a time,
/// the normal feed's article is stored and planned in the first round and again later however much the
/// busy feed still has waiting, and the busy feed's items are all stored, each once, over the next polls.
/// </summary>
public sealed class BusyFeedFairnessTests : IAsyncLifetime, IDisposable
{
    private const int BigCount = 50_000;

    private static readonly BigFeed Big = new(BigCount);

    private readonly TempDirectory _root = new();
    private readonly List<string> _normalTitles = ["Flood in Valencia"];
    private LoopbackHttpServer _server = null!;
    private IHost _host = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackHttpServer.StartAsync(
            context => context.Request.Path == "/big" ? Big.ServeAsync(context) : NormalAsync(context),
            CancellationToken.None);
        await File.WriteAllTextAsync(_root.File("appsettings.json"), """
            { "Storage": { "ConnectionString": "Data Source=data/feeds.db" }, "Feeds": [],
              "FeedFetching": { "TimeoutSeconds": 60 } }
            """);
        _host = NewsBotHost.Build(new HostSetup { ContentRoot = _root.Path, Output = TextWriter.Null });
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await _server.DisposeAsync();
    }

    public void Dispose() => _root.Dispose();

    private FeedDefinition BigFeedDefinition => new() { Name = "busy", Url = new Uri(_server.BaseAddress, "big"), Interval = TimeSpan.FromMinutes(10) };

    private FeedDefinition NormalFeed => new() { Name = "normal", Url = new Uri(_server.BaseAddress, "normal"), Interval = TimeSpan.FromMinutes(10) };

    private async Task NormalAsync(HttpContext context)
    {
        context.Response.ContentType = "application/rss+xml";
        var items = string.Concat(_normalTitles.Select((t, i) =>
            $"<item><guid>n-{i}</guid><title>{t}</title><link>http://normal.example/{i}</link><description>{t}: the river rose overnight.</description></item>"));
        await context.Response.WriteAsync($"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Normal</title>{items}</channel></rss>");
    }

    private async Task<bool> IsPlannedAsync(Article article)
    {
        var unplanned = await _host.Services.GetRequiredService<IArticleStore>().ListUnplannedAsync(int.MaxValue, DateTimeOffset.MaxValue, CancellationToken.None);
        return unplanned.All(a => a.Id != article.Id);
    }

    [Fact]
    public async Task Poll_BusyFeedBesideANormalOne_NormalArticlePlannedInTheFirstRoundBusyItemsAllStoredOverTheNextPolls()
    {
        var services = _host.Services;
        var pipeline = services.GetRequiredService<IngestionPipeline>();

        // First round, at the default budget, as `run` polls both feeds.
        var busyFirst = await pipeline.RunAsync(BigFeedDefinition, force: true, CancellationToken.None);
        var normalFirst = await pipeline.RunAsync(NormalFeed, force: true, CancellationToken.None);

        Assert.Equal(200, busyFirst.Poll.NewArticles.Count);
        Assert.Equal(BigCount - 200, busyFirst.Poll.Backlog);
        Assert.Equal(Big.Id(0), busyFirst.Poll.NewArticles[0].ExternalId);
        var normalArticle = Assert.Single(normalFirst.Poll.NewArticles);
        Assert.True(await IsPlannedAsync(normalArticle));

        // The following polls of the busy feed, with a larger budget so the test takes seconds, not hours.
        var poller = new FeedPoller(
            services.GetRequiredService<IFeedReader>(),
            services.GetRequiredService<IFeedStateStore>(),
            services.GetRequiredService<IArticleStore>(),
            Options.Create(new FeedPollingOptions { MaxNewItemsPerPoll = 10_000, PollBudgetSeconds = 3_600 }),
            TimeProvider.System,
            NullLogger<FeedPoller>.Instance);
        var polls = new List<FeedPollResult>();
        for (var i = 0; i < 6; i++)
        {
            polls.Add(await poller.PollAsync(BigFeedDefinition, force: true, CancellationToken.None));
        }

        // A fresh article on the normal feed while ~50,000 of the busy feed's wait unplanned.
        _normalTitles.Add("Storm over Lyon");
        var normalLater = await pipeline.RunAsync(NormalFeed, force: true, CancellationToken.None);

        Assert.Equal([10_000, 10_000, 10_000, 10_000, 9_800, 0], polls.Select(p => p.NewArticles.Count));
        Assert.Equal(FeedPollOutcome.NotModified, polls[^1].Outcome);
        var known = await services.GetRequiredService<IArticleStore>().FindKnownExternalIdsAsync(
            "busy", Enumerable.Range(0, BigCount).Select(Big.Id).ToList(), CancellationToken.None);
        Assert.Equal(BigCount, known.Count);
        Assert.Equal(BigCount, busyFirst.Poll.NewArticles.Count + polls.Sum(p => p.NewArticles.Count));
        Assert.True(await IsPlannedAsync(Assert.Single(normalLater.Poll.NewArticles)));
    }
}
