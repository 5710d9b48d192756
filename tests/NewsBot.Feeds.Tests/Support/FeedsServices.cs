using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Feeds;

namespace NewsBot.Feeds.Tests.Support;

/// <summary>The Feeds project wired as the host wires it, with settings a test can override.</summary>
internal static class FeedsServices
{
    /// <param name="overrides">Configuration keys to set or replace.</param>
    /// <param name="logs">Where log entries go, when the test checks them.</param>
    /// <param name="replace">Registrations made after the project's own (a fake resolver, address classifier), so they win.</param>
    public static ServiceProvider Build(IDictionary<string, string?>? overrides = null, RecordingLoggerProvider? logs = null, Action<IServiceCollection>? replace = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["FeedFetching:UserAgent"] = "NewsBot-Tests/1.0 (+https://example.invalid/bot)",
            ["FeedFetching:TimeoutSeconds"] = "10",
            ["FeedFetching:MaxResponseBytes"] = "1048576",
            ["FeedFetching:MaxConcurrentRequestsPerHost"] = "2",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Debug);
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        services.AddNewsBotFeeds();
        replace?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static IFeedReader Reader(this ServiceProvider provider) => provider.GetRequiredService<IFeedReader>();

    public static FeedDefinition HttpFeed(Uri url) => new() { Name = "test-feed", Url = url, Interval = TimeSpan.FromMinutes(10) };

    public static FeedDefinition FolderFeed(string folder) => new() { Name = "test-folder", Folder = folder, Interval = TimeSpan.FromMinutes(10) };
}
