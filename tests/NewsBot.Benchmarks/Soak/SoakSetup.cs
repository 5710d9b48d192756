using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Benchmarks.Match;
using NewsBot.Storage;
using NewsBot.Storage.Migrations;
using NewsBot.Testing;
using NewsBot.Testing.Discord;
using Npgsql;

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
        await using var provider = StorageServices(storage["Provider"]!.GetValue<string>(), storage["ConnectionString"]!.GetValue<string>());
        await provider.GetRequiredService<IStorageMigrator>().MigrateAsync(cancellationToken).ConfigureAwait(false);

        // One transaction for all of them: through the store, a transaction each, 500 took 3.8 s on this
        // machine (over ten minutes for 100,000). The columns are those SubscriptionStore.AddAsync writes for an instant subscription.
        await using var connection = options.Postgres is { } postgres
            ? (DbConnection)new NpgsqlConnection(postgres)
            : new SqliteConnection("Data Source=" + SqliteFile(folder));
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO subscriptions (platform, channel_id, thread_id, query, created_at, mode, languages)
            VALUES (@platform, @channel, '', @query, @created, 'instant', '')
            ON CONFLICT (platform, channel_id, thread_id, query) DO NOTHING
            """;
        var platform = Parameter(command, "platform");
        var channel = Parameter(command, "channel");
        var query = Parameter(command, "query");
        Parameter(command, "created").Value = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
        for (var i = 0; i < options.Subscriptions; i++)
        {
            var address = SoakChannels.Of(i % options.Channels);
            platform.Value = address.Platform;
            channel.Value = address.ChannelId;
            query.Value = generator.Subscription(i + 1).Query;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>The bot's storage services alone, quiet, on the given database: for benches that fill or read it.</summary>
    public static ServiceProvider StorageServices(string provider, string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["Storage:ConnectionString"] = connectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton(TimeProvider.System);
        services.AddNewsBotStorage();
        return services.BuildServiceProvider();
    }

    private static JsonObject Storage(string folder, SoakOptions options) => options.Postgres is { } postgres
        ? new JsonObject { ["Provider"] = StorageProviders.Postgres, ["ConnectionString"] = postgres }
        : new JsonObject { ["Provider"] = StorageProviders.Sqlite, ["ConnectionString"] = "Data Source=" + SqliteFile(folder) };
}
