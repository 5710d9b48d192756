using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Benchmarks.Match;
using NewsBot.Core.Subscriptions;
using NewsBot.Storage;
using NewsBot.Storage.Migrations;
using NewsBot.Testing;
using NewsBot.Testing.Discord;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// Lays out the bot's deployment in the work folder: its <c>appsettings.json</c> (the repository's, with the
/// farm's feeds, the fakes' addresses and tokens, and the database), the database migrated, and the
/// subscriptions stored, as if users had made them before the bot started.
/// </summary>
internal static class SoakSetup
{
    public static string SqliteFile(string folder) => Path.Combine(folder, "newsbot.db");

    public static async Task WriteSettingsAsync(string folder, SoakOptions options, FeedFarm farm, SoakPlatforms platforms, CancellationToken cancellationToken)
    {
        var settings = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "appsettings.json"), cancellationToken).ConfigureAwait(false))!.AsObject();
        settings["Storage"] = Storage(folder, options);
        settings["Feeds"] = new JsonArray(Enumerable.Range(0, options.Feeds).Select(i => (JsonNode)new JsonObject
        {
            ["Name"] = "farm-" + i.ToString(CultureInfo.InvariantCulture),
            ["Url"] = farm.FeedUrl(i).AbsoluteUri,
            ["IntervalMinutes"] = options.IntervalMinutes,
        }).ToArray());
        settings["FeedFetching"]!["MaxConcurrentRequestsPerHost"] = options.PerHost;
        settings["Topics"] = new JsonObject { ["AliasesFile"] = Path.Combine(RepositoryRoot.Path, "aliases", "aliases.txt") };
        var discord = settings["Discord"]!.AsObject();
        discord["Token"] = FakeDiscordServer.Token;
        discord["ApplicationId"] = FakeDiscordServer.ApplicationId;
        discord["ApiBaseUrl"] = platforms.Discord.ApiBaseUrl.AbsoluteUri;
        var telegram = settings["Telegram"]!.AsObject();
        telegram["Token"] = platforms.Telegram.Token;
        telegram["ApiBaseUrl"] = platforms.Telegram.ApiBaseUrl.AbsoluteUri;
        await File.WriteAllTextAsync(
            Path.Combine(folder, "appsettings.json"), settings.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Migrates the database and stores the subscriptions: generated topics spread over the channels.</summary>
    public static async Task SubscribeAsync(string folder, SoakOptions options, Generator generator, CancellationToken cancellationToken)
    {
        var storage = Storage(folder, options);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = storage["Provider"]!.GetValue<string>(),
            ["Storage:ConnectionString"] = storage["ConnectionString"]!.GetValue<string>(),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton(TimeProvider.System);
        services.AddNewsBotStorage();
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IStorageMigrator>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        var store = provider.GetRequiredService<ISubscriptionStore>();
        var created = TimeProvider.System.GetUtcNow();
        for (var i = 0; i < options.Subscriptions; i++)
        {
            await store.AddAsync(
                new NewSubscription
                {
                    Channel = SoakChannels.Of(i % options.Channels),
                    Query = generator.Subscription(i + 1).Query,
                    CreatedAt = created,
                },
                cancellationToken).ConfigureAwait(false);
        }
    }

    private static JsonObject Storage(string folder, SoakOptions options) => options.Postgres is { } postgres
        ? new JsonObject { ["Provider"] = StorageProviders.Postgres, ["ConnectionString"] = postgres }
        : new JsonObject { ["Provider"] = StorageProviders.Sqlite, ["ConnectionString"] = "Data Source=" + SqliteFile(folder) };
}
