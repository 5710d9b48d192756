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
using NewsBot.Testing.Stores;

namespace NewsBot.Benchmarks.Delivery;

/// <summary>
/// The pipeline's use cases over either the SQLite stores (<see cref="ServiceCollectionExtensions.AddNewsBotStorage"/>
/// on a temporary file, migrated) or the in-memory ones, with the burst's feed reader, the no-op
/// transport, the default delivery options, logging off, and no daily cap per channel so nothing is
/// deferred. The use cases are built by hand, as the Core tests do, so the bench does not depend on how
/// the host groups its registrations.
/// </summary>
internal sealed class BenchPipeline : IAsyncDisposable
{
    private readonly ServiceProvider _stores;
    private readonly string? _folder;

    private BenchPipeline(ServiceProvider stores, string? folder, AliasTable aliases, IFeedReader reader)
    {
        _stores = stores;
        _folder = folder;
        var time = TimeProvider.System;
        var analyzer = new ArticleAnalyzer();
        var articles = stores.GetRequiredService<IArticleStore>();
        var analyses = stores.GetRequiredService<IArticleAnalysisStore>();
        var stories = stores.GetRequiredService<IStoryStore>();
        var deliveries = stores.GetRequiredService<IDeliveryStore>();
        Subscriptions = stores.GetRequiredService<ISubscriptionStore>();
        Index = new TopicIndex(aliases);
        Tracker = new StoryTracker(stories, articles, analyses, analyzer, time);
        // A burst is taken in one poll: this bench measures delivery, not the per-poll budget.
        var poller = new FeedPoller(
            reader, stores.GetRequiredService<IFeedStateStore>(), articles, Options.Create(new FeedPollingOptions { MaxNewItemsPerPoll = 1_000_000, PollBudgetSeconds = 3_600 }), time, NullLogger<FeedPoller>.Instance);
        var planner = new AlertPlanner(new ActiveSubscriptions(Subscriptions, Index, NullLogger<ActiveSubscriptions>.Instance), Index, deliveries, time, NullLogger<AlertPlanner>.Instance);
        Ingestion = new IngestionPipeline(poller, articles, analyzer, analyses, Tracker, planner, TestFailureRecorder.Create(articles, time), time);
        Dispatcher = new DeliveryDispatcher(
            deliveries, Subscriptions, [Transport], new StoryContentLoader(articles, analyses, stories, analyzer),
            new ChannelAlertPolicy(deliveries, Options.Create(new ChannelLimitsOptions { DailyCapPerChannel = 0 }), time),
            Options.Create(new DeliveryOptions()), new DeliveryMetrics(new TestMeterFactory()), time, NullLogger<DeliveryDispatcher>.Instance);
    }

    public StopwatchTransport Transport { get; } = new();

    public IngestionPipeline Ingestion { get; }

    public DeliveryDispatcher Dispatcher { get; }

    public ISubscriptionStore Subscriptions { get; }

    public TopicIndex Index { get; }

    private StoryTracker Tracker { get; }

    public static async Task<BenchPipeline> CreateAsync(bool sqlite, AliasTable aliases, IFeedReader reader, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        string? folder = null;
        if (sqlite)
        {
            folder = Path.Combine(Path.GetTempPath(), "newsbot-delivery-bench", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            var settings = new Dictionary<string, string?> { ["Storage:ConnectionString"] = "Data Source=" + Path.Combine(folder, "newsbot.db") };
            services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
            services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
            services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
            services.AddNewsBotStorage();
        }
        else
        {
            services.AddSingleton<IArticleStore, InMemoryArticleStore>();
            services.AddSingleton<IArticleAnalysisStore, InMemoryArticleAnalysisStore>();
            services.AddSingleton<IStoryStore, InMemoryStoryStore>();
            services.AddSingleton<ISubscriptionStore, InMemorySubscriptionStore>();
            services.AddSingleton<IDeliveryStore, InMemoryDeliveryStore>();
            services.AddSingleton<IFeedStateStore, InMemoryFeedStateStore>();
        }

        var provider = services.BuildServiceProvider();
        if (sqlite)
        {
            await provider.GetRequiredService<IStorageMigrator>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        return new BenchPipeline(provider, folder, aliases, reader);
    }

    public async ValueTask DisposeAsync()
    {
        Tracker.Dispose();
        await _stores.DisposeAsync().ConfigureAwait(false);
        if (_folder is not null)
        {
            // Pooled connections keep the file open until the pool lets them go.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
