using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;
using NewsBot.Storage;
using NewsBot.Storage.Migrations;
using NewsBot.Testing;
using NewsBot.Testing.Analysis;

namespace NewsBot.Tests.Cli;

public sealed class FailedCommandTests : IDisposable
{
    private const string PoisonTitle = "Typhoon damage assessed";
    private readonly TempDirectory _root = new();
    private readonly PoisonAnalyzer _analyzer = new(title => title.Contains(PoisonTitle, StringComparison.Ordinal));

    public FailedCommandTests()
    {
        File.WriteAllText(_root.File("appsettings.json"), """{ "Storage": { "ConnectionString": "Data Source=data/test.db" }, "Feeds": [], "Ingestion": { "MaxArticleTries": 1 } }""");
        Directory.CreateDirectory(_root.File("articles"));
        File.WriteAllText(_root.File("articles/a.txt"), "Inondations à Valence\n\nLes pluies ont fait 200 morts selon les autorités.\n");

        // No dateline: once "cured", the real analyzer reads it, whether or not its dateline bug is fixed yet.
        File.WriteAllText(_root.File("articles/b.txt"), $"{PoisonTitle}\n\nThe storm destroyed 1,200 homes, officials said.\n");
    }

    public void Dispose() => _root.Dispose();

    private CliRunner Poisoned => new(_root.Path, services => services.AddSingleton<IArticleAnalyzer>(_analyzer));

    [Fact]
    public async Task Failed_AfterAnIngestWithAPoisonArticle_ListsItWithReasonAndTries()
    {
        var ingest = await Poisoned.RunAsync("ingest", _root.File("articles"));

        var listed = await Poisoned.RunAsync("failed");

        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("+ [articles] Inondations à Valence", ingest.Output, StringComparison.Ordinal);
        Assert.Contains("1 article failed", ingest.Error, StringComparison.Ordinal);
        Assert.Equal(0, listed.ExitCode);
        Assert.Matches(@"article:\d+  \[articles\] " + PoisonTitle, listed.Output);
        Assert.Contains("1 try, last ", listed.Output, StringComparison.Ordinal);
        Assert.Contains("left aside: analysis: ArgumentOutOfRangeException", listed.Output, StringComparison.Ordinal);
        Assert.Contains("Dead deliveries (0)", listed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailedJson_ListsArticlesAndDeadDeliveries()
    {
        await Poisoned.RunAsync("ingest", _root.File("articles"));
        var deliveryId = await AddDeadDeliveryAsync("the subscription was removed");

        var result = await Poisoned.RunAsync("failed", "--json");

        using var json = JsonDocument.Parse(result.Output);
        var article = Assert.Single(json.RootElement.GetProperty("articles").EnumerateArray());
        Assert.Equal(PoisonTitle, article.GetProperty("title").GetString());
        Assert.True(article.GetProperty("leftAside").GetBoolean());
        Assert.Equal(1, article.GetProperty("tries").GetInt32());
        Assert.StartsWith("article:", article.GetProperty("id").GetString(), StringComparison.Ordinal);
        var delivery = Assert.Single(json.RootElement.GetProperty("deliveries").EnumerateArray());
        Assert.Equal($"delivery:{deliveryId}", delivery.GetProperty("id").GetString());
        Assert.Equal("the subscription was removed", delivery.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task FailedRetryAll_AfterTheFix_TheArticleIsPlannedOnTheNextRunAndNothingIsLeft()
    {
        await Poisoned.RunAsync("ingest", _root.File("articles"));
        await AddDeadDeliveryAsync("gave up after 8 attempts: 502");
        _analyzer.Cure();

        var retried = await Poisoned.RunAsync("failed", "--retry", "--all");
        var nextRun = await Poisoned.RunAsync("ingest", _root.File("articles"));
        var after = await Poisoned.RunAsync("failed", "--json");

        Assert.Equal(0, retried.ExitCode);
        Assert.Contains("Queued again: 1 article (tried on the next poll of any feed), 1 delivery", retried.Output, StringComparison.Ordinal);
        Assert.Equal(2, _analyzer.PoisonCalls);
        Assert.DoesNotContain("failed", nextRun.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(after.Output);
        Assert.Empty(json.RootElement.GetProperty("articles").EnumerateArray());
        Assert.Empty(json.RootElement.GetProperty("deliveries").EnumerateArray());
    }

    [Fact]
    public async Task FailedRetry_OneId_RetriesOnlyThatOne()
    {
        await Poisoned.RunAsync("ingest", _root.File("articles"));
        var first = await AddDeadDeliveryAsync("boom");
        var second = await AddDeadDeliveryAsync("boom again");

        var retried = await Poisoned.RunAsync("failed", "--retry", $"delivery:{first}", "--json");
        var after = await Poisoned.RunAsync("failed", "--json");

        using var counts = JsonDocument.Parse(retried.Output);
        Assert.Equal((0, 1), (counts.RootElement.GetProperty("articles").GetInt32(), counts.RootElement.GetProperty("deliveries").GetInt32()));
        using var json = JsonDocument.Parse(after.Output);
        Assert.Single(json.RootElement.GetProperty("articles").EnumerateArray());
        Assert.Equal($"delivery:{second}", Assert.Single(json.RootElement.GetProperty("deliveries").EnumerateArray()).GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("--retry")]
    [InlineData("--all")]
    [InlineData("--retry", "--all", "article:1")]
    [InlineData("--retry", "12")]
    public async Task FailedRetry_WrongArguments_SaysHowAndExitsTwo(params string[] args)
    {
        var result = await Poisoned.RunAsync(["failed", .. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("newsbot failed: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failed_OnAFreshDatabase_SaysNothingFailed()
    {
        var result = await new CliRunner(_root.Path).RunAsync("failed");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Nothing failed", result.Output, StringComparison.Ordinal);
    }

    // A dead letter in the same database the verb reads, made through the stores as the dispatcher would.
    private async Task<long> AddDeadDeliveryAsync(string reason)
    {
        var settings = new Dictionary<string, string?> { ["Storage:ConnectionString"] = "Data Source=" + _root.File("data/test.db") };
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddNewsBotStorage();
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IStorageMigrator>().MigrateAsync(CancellationToken.None);
        var now = TimeProvider.System.GetUtcNow();
        var article = await provider.GetRequiredService<IArticleStore>().TryAddAsync(
            new NewArticle { FeedName = "elsewhere", Title = reason, Text = reason, ContentHash = Guid.NewGuid().ToString("N"), FetchedAt = now },
            CancellationToken.None);
        var deliveries = provider.GetRequiredService<IDeliveryStore>();
        var channel = new ChannelAddress("telegram", "-100");
        await deliveries.EnqueueAsync([new NewDelivery { Channel = channel, ArticleId = article!.Id, SubscriptionId = 1, CreatedAt = now }], CancellationToken.None);
        var id = (await deliveries.ListByChannelAsync(channel, CancellationToken.None)).Single(d => d.ArticleId == article.Id).Id;
        await deliveries.MarkFailedAsync(id, reason, null, CancellationToken.None);
        return id;
    }
}
