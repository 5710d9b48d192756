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
        services.AddSingleton<IStorageMigrator>(sp => new SqliteStorageMigrator(
            sp.GetRequiredService<SqliteConnectionFactory>(),
            MigrationCatalog.Sqlite,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<SqliteStorageMigrator>>()));
        services.AddSingleton<IArticleStore, SqliteArticleStore>();
        services.AddSingleton<IFeedStateStore, SqliteFeedStateStore>();
        services.AddSingleton<ISubscriptionStore, SqliteSubscriptionStore>();
        services.AddSingleton<IDeliveryStore, SqliteDeliveryStore>();
        services.AddSingleton<IArticleAnalysisStore, SqliteArticleAnalysisStore>();
        services.AddSingleton<IStoryStore, SqliteStoryStore>();
        services.AddSingleton<IDigestRunStore, SqliteDigestRunStore>();
        services.AddSingleton<IPlatformStateStore, SqlitePlatformStateStore>();
        return services;
    }
}
