using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Commands;
using NewsBot.Core.Delivery;
using NewsBot.Core.Platforms;
using NewsBot.Core.Subscriptions;
using NewsBot.Testing.Crash;
using NewsBot.Testing.Stores;
using NewsBot.Testing.Telegram;

namespace NewsBot.Telegram.Tests;

/// <summary>
/// The Telegram adapter as <see cref="ServiceCollectionExtensions.AddNewsBotTelegram"/> registers it, with Core's
/// commands and in-memory stores, talking to a <see cref="FakeBotApi"/>. Stores can be shared with a second
/// harness to play a restart; with a <see cref="CrashPoint"/>, the stores' writes and every Bot API request are
/// steps at which the process can be killed.
/// </summary>
internal sealed class TelegramHarness : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly List<IHostedService> _started = [];

    public TelegramHarness(FakeBotApi fake, TelegramHarness? restartOf = null, IReadOnlyDictionary<string, string?>? settings = null, ILoggerProvider? logs = null, IExclusiveLeases? leases = null, CrashPoint? crash = null, Func<ISubscriptionStore, ISubscriptionStore>? wrapSubscriptions = null, TimeProvider? clock = null)
    {
        Subscriptions = restartOf?.Subscriptions ?? new InMemorySubscriptionStore();
        Deliveries = restartOf?.Deliveries ?? new InMemoryDeliveryStore();
        State = restartOf?.State ?? new InMemoryPlatformStateStore();
        Leases = leases ?? restartOf?.Leases ?? new InProcessExclusiveLeases();
        var values = new Dictionary<string, string?>
        {
            ["Telegram:Token"] = fake.Token,
            ["Telegram:ApiBaseUrl"] = fake.ApiBaseUrl.ToString(),
            ["Telegram:PollTimeoutSeconds"] = "1",
            ["Telegram:ErrorBackoffSeconds"] = "0.1",
            ["Telegram:LeaseRetrySeconds"] = "0.1",
            ["Telegram:Pacing:RetryBaseDelaySeconds"] = "0.05",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        ISubscriptionStore subscriptions = crash is null ? Subscriptions : new CrashingSubscriptionStore(Subscriptions, crash);
        services.AddSingleton(wrapSubscriptions?.Invoke(subscriptions) ?? subscriptions);
        services.AddSingleton<IDeliveryStore>(Deliveries);
        services.AddSingleton<IPlatformStateStore>(crash is null ? State : new CrashingPlatformStateStore(State, crash));
        services.AddSingleton<IExclusiveLeases>(Leases);
        services.AddSingleton<IStoryQueries>(new InMemoryStoryQueries());
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddNewsBotCommands();
        services.AddNewsBotTelegram(configuration);
        if (crash is not null)
        {
            services.ConfigureHttpClientDefaults(http => http.AddHttpMessageHandler(() => new CrashingHttpHandler(crash)));
        }

        _provider = services.BuildServiceProvider();
    }

    public InMemorySubscriptionStore Subscriptions { get; }

    public InMemoryDeliveryStore Deliveries { get; }

    public InMemoryPlatformStateStore State { get; }

    public IExclusiveLeases Leases { get; }

    public IServiceProvider Services => _provider;

    /// <summary>The paced <c>telegram</c> transport, as the delivery dispatcher sees it.</summary>
    public IChatTransport Transport => _provider.GetServices<IChatTransport>().Single(t => t.Platform == "telegram");

    public async Task StartPollingAsync()
    {
        foreach (var service in _provider.GetServices<IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
            _started.Add(service);
        }
    }

    public async Task StopPollingAsync()
    {
        foreach (var service in _started)
        {
            await service.StopAsync(CancellationToken.None);
        }

        _started.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await StopPollingAsync();
        await _provider.DisposeAsync();
    }
}
