using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
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
using NewsBot.Storage.Migrations;
using NewsBot.Storage.Platforms;
using NewsBot.Storage.Postgres;
using NewsBot.Storage.Shared;
using NewsBot.Storage.Sqlite;
using NewsBot.Storage.Stories;
using NewsBot.Storage.Subscriptions;

namespace NewsBot.Storage;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="StorageOptions"/> (section <c>Storage</c>, validated at start), the migrator
    /// (<see cref="IStorageMigrator"/>, which the host runs before anything else) and the stores behind
    /// Core's ports. Relative database paths resolve against <see cref="StorageOptions.BaseDirectory"/>,
    /// by default the host's content root.
    /// </summary>
    public static IServiceCollection AddNewsBotStorage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<StorageOptions>, StorageBaseDirectoryDefault>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<SqliteConnectionFactory>();
        services.AddSingleton<PostgresConnectionFactory>();
        services.AddSingleton<IStorageMigrator>(sp => IsPostgres(sp)
            ? new PostgresStorageMigrator(
                sp.GetRequiredService<PostgresConnectionFactory>(),
                MigrationCatalog.Postgres,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<PostgresStorageMigrator>>())
            : new SqliteStorageMigrator(
                sp.GetRequiredService<SqliteConnectionFactory>(),
                MigrationCatalog.Sqlite,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<SqliteStorageMigrator>>()));

        // The provider is configuration, known only once the container exists: the connections resolve to
        // the configured engine's, and each store, written once for both engines, follows them.
        services.AddSingleton<IStorageConnections>(sp => IsPostgres(sp)
            ? sp.GetRequiredService<PostgresConnectionFactory>()
            : sp.GetRequiredService<SqliteConnectionFactory>());
        services.AddSingleton<IArticleStore, ArticleStore>();
        services.AddSingleton<IFeedStateStore, FeedStateStore>();
        services.AddSingleton<ISubscriptionStore, SubscriptionStore>();
        services.AddSingleton<IDeliveryStore, DeliveryStore>();
        services.AddSingleton<IDeadDeliveryStore, DeadDeliveryStore>();
        services.AddSingleton<IDeliveryHistory, DeliveryHistory>();
        services.AddSingleton<IArticleTextHistory, ArticleTextHistory>();
        services.AddSingleton<IArticleAnalysisStore, ArticleAnalysisStore>();
        services.AddSingleton<IStoryStore, StoryStore>();
        services.AddSingleton<IDigestRunStore, DigestRunStore>();
        services.AddSingleton<IPlatformStateStore, PlatformStateStore>();

        // Several nodes need the database's locks; one node is served by the in-process default.
        services.AddSingleton<IExclusiveLeases>(sp => IsPostgres(sp)
            ? ActivatorUtilities.CreateInstance<PostgresExclusiveLeases>(sp)
            : new InProcessExclusiveLeases());
        return services;
    }

    /// <summary>Whether the configured provider is PostgreSQL; read when the first store is resolved.</summary>
    internal static bool IsPostgres(IServiceProvider services) =>
        services.GetRequiredService<IOptions<StorageOptions>>().Value.IsPostgres;
}
