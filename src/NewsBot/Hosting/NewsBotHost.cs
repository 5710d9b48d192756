using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using NewsBot.ConsoleChannel;
using NewsBot.Core;
using NewsBot.Discord;
using NewsBot.Feeds;
using NewsBot.Scheduling;
using NewsBot.Storage;
using NewsBot.Telegram;
using NewsBot.Topics;

namespace NewsBot.Hosting;

/// <summary>Builds the generic host every verb runs in.</summary>
internal static class NewsBotHost
{
    public static IHost Build(HostSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var root = setup.ContentRoot ?? ContentRoot.Locate(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = root,
            ApplicationName = "newsbot",
            EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Production,
        });

        builder.Configuration
            .AddJsonFile(Path.Combine(root, ContentRoot.SettingsFileName), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(setup.Overrides);

        builder.Logging
            .AddConfiguration(builder.Configuration.GetSection("Logging"))
            .AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        if (setup.MinimumLogLevel is { } level)
        {
            builder.Logging.SetMinimumLevel(level);
            builder.Logging.AddFilter((category, l) => l >= level);
        }

        builder.Services.AddSingleton(new HostPaths(root));
        builder.Services.AddSingleton(new ConsoleOutput(setup.Output));
        builder.Services.TryAddSingleton(TimeProvider.System);

        // The migrator runs as the first hosted service, so the schema is current before any job starts.
        builder.Services.AddNewsBotStorage();
        builder.Services.AddHostedService<StorageStartup>();
        builder.Services.AddNewsBotFeeds();
        builder.Services.AddNewsBotTopics();
        // The empty builder registers no IMeterFactory; Core's counters (e.g. newsbot.articles.failed) need one.
        builder.Services.AddMetrics();
        builder.Services.AddNewsBotCore();
        builder.Services.AddNewsBotHost();
        if (setup.Scheduler)
        {
            builder.Services.AddNewsBotScheduling(builder.Configuration);
            builder.Services.AddHostedService<SubscriptionFollower>();
            builder.Services.AddHeapTrimming();

            // Only `run` talks to the platforms: another verb polling with the same token would take the bot's updates.
            builder.Services.AddNewsBotTelegram(builder.Configuration);
            builder.Services.AddNewsBotDiscord(builder.Configuration);
        }

        setup.ConfigureServices?.Invoke(builder.Services);
        var host = builder.Build();
        ValidateOptions(host);
        return host;
    }

    // Host.StartAsync validates the options too, but logs the failure with its whole stack trace first
    // (Host[11]); validated here, before any log line, a wrong setting reaches the user as the one line
    // CliErrors writes.
    private static void ValidateOptions(IHost host)
    {
        try
        {
            host.Services.GetService<IStartupValidator>()?.Validate();
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }
}
