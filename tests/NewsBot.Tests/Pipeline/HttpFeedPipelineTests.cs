using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Core.Articles;
using NewsBot.Core.Feeds;
using NewsBot.Core.Pipeline;
using NewsBot.Hosting;
using NewsBot.Testing;
using NewsBot.Testing.Http;

namespace NewsBot.Tests.Pipeline;

/// <summary>
/// The real reader, poller and SQLite store against a feed server that misbehaves in every way a
/// feed can: each failure is logged in the feed's state, nothing crashes, nothing stored is lost.
/// </summary>
public sealed class HttpFeedPipelineTests : IAsyncLifetime, IDisposable
{
    private const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
        <rss version="2.0"><channel><title>&lol2;</title></channel></rss>
        """;

    private readonly TempDirectory _root = new();
    private readonly Queue<Func<HttpContext, Task>> _responses = new();
    private LoopbackHttpServer _server = null!;
    private IHost _host = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackHttpServer.StartAsync(
            context => _responses.Count > 0 ? _responses.Dequeue()(context) : Status(context, 500),
            CancellationToken.None);
        await File.WriteAllTextAsync(_root.File("appsettings.json"), """
            { "Storage": { "ConnectionString": "Data Source=data/feeds.db" }, "Feeds": [], "FeedFetching": { "TimeoutSeconds": 2 } }
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

    private FeedDefinition Feed => new() { Name = "wire", Url = _server.Url("rss"), Interval = TimeSpan.FromMinutes(10) };

    private static Task Status(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    private static Func<HttpContext, Task> Rss(string etag, params string[] titles) => async context =>
    {
        if (context.Request.Headers.IfNoneMatch == etag)
        {
            context.Response.StatusCode = 304;
            return;
        }

        context.Response.Headers.ETag = etag;
        context.Response.ContentType = "application/rss+xml";
        var items = string.Concat(titles.Select((t, i) => $"<item><guid>{t}</guid><title>{t}</title><link>/a/{i}-{t}</link><description><![CDATA[<p>{t} happened. Details of {t}.</p>]]></description></item>"));
        await context.Response.WriteAsync($"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>{items}</channel></rss>");
    };

    private static Func<HttpContext, Task> Body(string text) => context => context.Response.WriteAsync(text);

    private async Task<(IngestionReport Report, FeedState State, int Stored)> PollAsync()
    {
        var services = _host.Services;
        var report = await services.GetRequiredService<IngestionPipeline>().RunAsync(Feed, force: true, CancellationToken.None);
        var state = await services.GetRequiredService<IFeedStateStore>().GetAsync("wire", CancellationToken.None);
        var stored = (await services.GetRequiredService<IArticleStore>().ListRecentAsync(100, CancellationToken.None)).Count;
        return (report, state, stored);
    }

    [Fact]
    public async Task Poll_ThroughFailuresOfEveryKind_KeepsEarlierArticlesAndRecordsEachFailure()
    {
        _responses.Enqueue(Rss("\"v1\"", "Flood", "Fire"));
        _responses.Enqueue(ctx => Status(ctx, 500));
        _responses.Enqueue(ctx => Status(ctx, 404));
        _responses.Enqueue(Body("this is not a feed"));
        _responses.Enqueue(Body(BillionLaughs));
        _responses.Enqueue(Rss("\"v1\"", "Flood", "Fire"));
        _responses.Enqueue(Rss("\"v2\"", "Flood", "Fire", "Storm"));

        var first = await PollAsync();
        var failures = new List<(IngestionReport Report, FeedState State, int Stored)>();
        for (var i = 0; i < 4; i++)
        {
            failures.Add(await PollAsync());
        }

        var notModified = await PollAsync();
        var last = await PollAsync();

        Assert.Equal(2, first.Report.Poll.NewArticles.Count);
        Assert.All(failures, f => Assert.Equal(FeedPollOutcome.Failed, f.Report.Poll.Outcome));
        Assert.Equal([1, 2, 3, 4], failures.Select(f => f.State.ConsecutiveFailures));
        Assert.All(failures, f => Assert.Equal(2, f.Stored));
        Assert.Contains("500", failures[0].State.LastError, StringComparison.Ordinal);
        Assert.Contains("404", failures[1].State.LastError, StringComparison.Ordinal);
        Assert.StartsWith("Malformed", failures[2].State.LastError, StringComparison.Ordinal);
        Assert.StartsWith("Malformed", failures[3].State.LastError, StringComparison.Ordinal);
        Assert.Equal(FeedPollOutcome.NotModified, notModified.Report.Poll.Outcome);
        Assert.Equal(0, notModified.State.ConsecutiveFailures);
        Assert.Equal(["Storm"], last.Report.Poll.NewArticles.Select(a => a.Title));
        Assert.Equal(3, last.Stored);
    }

    [Fact]
    public async Task Poll_ServerThatNeverAnswers_TimesOutAsAFailure()
    {
        _responses.Enqueue(async ctx => await Task.Delay(Timeout.Infinite, ctx.RequestAborted));

        var (report, state, _) = await PollAsync();

        Assert.Equal(FeedPollOutcome.Failed, report.Poll.Outcome);
        Assert.StartsWith("Timeout", state.LastError, StringComparison.Ordinal);
    }
}
