using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;
using NewsBot.Core.Feeds;
using NewsBot.Core.Subscriptions;
using NewsBot.Storage.Migrations;
using NewsBot.Storage.Shared;

namespace NewsBot.Storage.Tests;

public sealed class ServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings, string? contentRoot = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        if (contentRoot is not null)
        {
            services.AddSingleton<IHostEnvironment>(new TestHostEnvironment(contentRoot));
        }

        services.AddNewsBotStorage();
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task AddNewsBotStorage_UnderAHost_PutsARelativeDatabaseInTheContentRoot()
    {
        await using var database = TestDatabase.Create();
        await using var provider = Build(new() { ["Storage:ConnectionString"] = "Data Source=data/bot.db" }, contentRoot: database.Folder);

        await provider.GetRequiredService<IStorageMigrator>().MigrateAsync(CancellationToken.None);
        var added = await provider.GetRequiredService<IArticleStore>().TryAddAsync(Samples.Article("a"), CancellationToken.None);

        Assert.NotNull(added);
        Assert.True(File.Exists(Path.Combine(database.Folder, "data", "bot.db")));
        Assert.NotNull(provider.GetRequiredService<IFeedStateStore>());
        Assert.NotNull(provider.GetRequiredService<ISubscriptionStore>());
        Assert.NotNull(provider.GetRequiredService<IDeliveryStore>());
    }

    [PostgresFact]
    public async Task AddNewsBotStorage_ProviderPostgres_MigratesAndStoresInPostgres()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await using (var provider = Build(new() { ["Storage:Provider"] = "Postgres", ["Storage:ConnectionString"] = database.ConnectionString }))
        {
            await provider.GetRequiredService<IStorageMigrator>().MigrateAsync(CancellationToken.None);
            var added = await provider.GetRequiredService<IArticleStore>().TryAddAsync(Samples.Article("a"), CancellationToken.None);

            Assert.NotNull(added);
            Assert.Same(StorageDialect.Postgres, provider.GetRequiredService<IStorageConnections>().Dialect);
        }

        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM articles;"));
    }

    [Fact]
    public async Task AddNewsBotStorage_ConfiguredBaseDirectory_WinsOverTheContentRoot()
    {
        await using var database = TestDatabase.Create();
        await using var provider = Build(new() { ["Storage:BaseDirectory"] = "/srv/newsbot" }, contentRoot: database.Folder);

        Assert.Equal("/srv/newsbot", provider.GetRequiredService<IOptions<StorageOptions>>().Value.BaseDirectory);
    }

    [Fact]
    public async Task AddNewsBotStorage_UnknownProvider_FailsValidationNamingTheKey()
    {
        await using var provider = Build(new() { ["Storage:Provider"] = "Oracle" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("Storage:Provider 'Oracle' is not supported", error.Message, StringComparison.Ordinal);
    }

    private sealed class TestHostEnvironment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";

        public string ApplicationName { get; set; } = "newsbot";

        public string ContentRootPath { get; set; } = contentRoot;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
