using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Alerts;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;
using NewsBot.Core.Delivery.Pacing;
using NewsBot.Core.Feeds;
using NewsBot.Core.Pipeline;
using NewsBot.Core.Stories;
using NewsBot.Core.Subscriptions;
using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Storage;
using NewsBot.Storage.Migrations;
using NewsBot.Testing.Metrics;
using NewsBot.Testing.Pipeline;

namespace NewsBot.Benchmarks.Cluster;

/// <summary>One node of the bench: PostgreSQL stores of its own (own pool), its dispatcher and ingestion pipeline.</summary>
internal sealed class BenchNode : IAsyncDisposable
{
    public const string Platform = "bench";

    private readonly ServiceProvider _stores;
    private readonly StoryTracker _tracker;

    private BenchNode(ServiceProvider stores)
    {
        _stores = stores;
        var time = TimeProvider.System;
        var analyzer = new ArticleAnalyzer();
        var articles = stores.GetRequiredService<IArticleStore>();
        var analyses = stores.GetRequiredService<IArticleAnalysisStore>();
        var storyStore = stores.GetRequiredService<IStoryStore>();
        var deliveries = stores.GetRequiredService<IDeliveryStore>();
        var subscriptions = stores.GetRequiredService<ISubscriptionStore>();
        _tracker = new StoryTracker(storyStore, articles, analyses, analyzer, time);
        var poller = new FeedPoller(
            new NotModifiedReader(), stores.GetRequiredService<IFeedStateStore>(), articles, Options.Create(new FeedPollingOptions()), time, NullLogger<FeedPoller>.Instance);
        var index = new TopicIndex(AliasTable.Empty);
        var planner = new AlertPlanner(new ActiveSubscriptions(subscriptions, index, NullLogger<ActiveSubscriptions>.Instance), index, deliveries, time, NullLogger<AlertPlanner>.Instance);
        Ingestion = new IngestionPipeline(poller, articles, analyzer, analyses, _tracker, planner, TestFailureRecorder.Create(articles, time), time);
        Dispatcher = new DeliveryDispatcher(
            deliveries, subscriptions, [Transport], new StoryContentLoader(articles, analyses, storyStore, analyzer),
            new ChannelAlertPolicy(deliveries, Options.Create(new ChannelLimitsOptions { DailyCapPerChannel = 0 }), time),
            Options.Create(new DeliveryOptions()), new DeliveryMetrics(new TestMeterFactory()), time, NullLogger<DeliveryDispatcher>.Instance);
    }

    public CountingTransport Transport { get; } = new();

    public DeliveryDispatcher Dispatcher { get; }

    public IngestionPipeline Ingestion { get; }

    public static async Task<BenchNode> StartAsync(string connectionString, string name)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = StorageProviders.Postgres,
            // Three nodes' pools must fit in the server's max_connections.
            ["Storage:ConnectionString"] = $"{connectionString};Application Name={name};Maximum Pool Size=30",
        };
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddNewsBotStorage();
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IStorageMigrator>().MigrateAsync(CancellationToken.None).ConfigureAwait(false);
        return new BenchNode(provider);
    }

    /// <summary>Drains the outbox together with the other nodes until nothing is left to claim.</summary>
    public async Task DrainAsync()
    {
        while ((await Dispatcher.DispatchAllDueAsync(CancellationToken.None).ConfigureAwait(false)).Claimed > 0)
        {
        }
    }

    public async Task PollAsync(IReadOnlyList<string> feeds)
    {
        foreach (var feed in feeds)
        {
            var definition = new FeedDefinition { Name = feed, Url = new Uri("https://wire.example/" + feed), Interval = TimeSpan.FromMinutes(5) };
            await Ingestion.RunAsync(definition, force: true, CancellationToken.None).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _tracker.Dispose();
        await _stores.DisposeAsync().ConfigureAwait(false);
    }

    private sealed class NotModifiedReader : IFeedReader
    {
        public Task<FeedReadResult> ReadAsync(FeedDefinition feed, ConditionalRequest conditional, CancellationToken cancellationToken) =>
            Task.FromResult(FeedReadResult.NotModified(conditional));
    }
}
