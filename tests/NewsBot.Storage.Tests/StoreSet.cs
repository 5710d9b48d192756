using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;
using NewsBot.Core.Digests;
using NewsBot.Core.Feeds;
using NewsBot.Core.Platforms;
using NewsBot.Core.Stories;
using NewsBot.Core.Subscriptions;
using NewsBot.Storage.Analysis;
using NewsBot.Storage.Articles;
using NewsBot.Storage.Delivery;
using NewsBot.Storage.Digests;
using NewsBot.Storage.Feeds;
using NewsBot.Storage.Platforms;
using NewsBot.Storage.Shared;
using NewsBot.Storage.Stories;
using NewsBot.Storage.Subscriptions;
using NewsBot.Testing.Stores;

namespace NewsBot.Storage.Tests;

/// <summary>One backend's stores over one database, as the contract tests see them (SQLite, in memory, PostgreSQL).</summary>
public sealed class StoreSet : IAsyncDisposable
{
    public required IArticleStore Articles { get; init; }

    public required IFeedStateStore FeedStates { get; init; }

    public required ISubscriptionStore Subscriptions { get; init; }

    public required IDeliveryStore Deliveries { get; init; }

    /// <summary>The database's dead letters; the in-memory set has none (only the CLI reads them).</summary>
    public IDeadDeliveryStore? DeadDeliveries { get; init; }

    /// <summary>The database's cleanup of settled deliveries; the in-memory set has none (only <c>run</c>'s hourly job uses it).</summary>
    public IDeliveryHistory? DeliveryHistory { get; init; }

    /// <summary>The database's cleanup of old article texts; the in-memory set has none (only <c>run</c>'s hourly job uses it).</summary>
    public IArticleTextHistory? ArticleTextHistory { get; init; }

    public required IArticleAnalysisStore Analyses { get; init; }

    public required IStoryStore Stories { get; init; }

    public required IDigestRunStore DigestRuns { get; init; }

    public required IPlatformStateStore PlatformStates { get; init; }

    /// <summary>
    /// The same database as another process (another node) would see it: for SQLite a second connection
    /// factory on the same file; for PostgreSQL another connection pool on the same database; in memory, the
    /// same objects.
    /// </summary>
    public required Func<StoreSet> OpenAnother { get; init; }

    /// <summary>Cleans the database up after the test.</summary>
    public IAsyncDisposable? Owner { get; init; }

    public static StoreSet InMemory()
    {
        var articles = new InMemoryArticleStore();
        var feeds = new InMemoryFeedStateStore();
        var subscriptions = new InMemorySubscriptionStore();
        var deliveries = new InMemoryDeliveryStore();
        StoreSet? set = null;
        set = new StoreSet
        {
            Articles = articles,
            FeedStates = feeds,
            Subscriptions = subscriptions,
            Deliveries = deliveries,
            Analyses = new InMemoryArticleAnalysisStore(),
            Stories = new InMemoryStoryStore(articles),
            DigestRuns = new InMemoryDigestRunStore(),
            PlatformStates = new InMemoryPlatformStateStore(),
            OpenAnother = () => set!,
        };
        return set;
    }

    /// <summary>The database stores, the same classes for SQLite and PostgreSQL, over one set of connections.</summary>
    internal static StoreSet Over(IStorageConnections connections, Func<StoreSet> openAnother, IAsyncDisposable? owner) => new()
    {
        Articles = new ArticleStore(connections),
        FeedStates = new FeedStateStore(connections),
        Subscriptions = new SubscriptionStore(connections),
        Deliveries = new DeliveryStore(connections),
        DeadDeliveries = new DeadDeliveryStore(connections),
        DeliveryHistory = new DeliveryHistory(connections),
        ArticleTextHistory = new ArticleTextHistory(connections),
        Analyses = new ArticleAnalysisStore(connections),
        Stories = new StoryStore(connections),
        DigestRuns = new DigestRunStore(connections, TimeProvider.System),
        PlatformStates = new PlatformStateStore(connections, TimeProvider.System),
        OpenAnother = openAnother,
        Owner = owner,
    };

    public ValueTask DisposeAsync() => Owner?.DisposeAsync() ?? ValueTask.CompletedTask;
}
