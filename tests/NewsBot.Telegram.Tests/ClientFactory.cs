using Microsoft.Extensions.DependencyInjection;
using NewsBot.Telegram.Api;
using NewsBot.Testing.Telegram;

namespace NewsBot.Telegram.Tests;

/// <summary>A <see cref="BotApi"/> pointed at a fake, wired like the host wires it.</summary>
internal static class ClientFactory
{
    public static TelegramOptions Options(FakeBotApi fake) => new()
    {
        Token = fake.Token,
        ApiBaseUrl = fake.ApiBaseUrl,
        PollTimeoutSeconds = 1,
        RequestTimeoutSeconds = 5,
        SendTimeoutSeconds = 5,
        ErrorBackoffSeconds = 0.05,
        LeaseRetrySeconds = 0.05,
    };

    public static BotApi Create(TelegramOptions options, Func<HttpMessageHandler>? handler = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        var http = services.AddHttpClient(BotApi.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        if (handler is not null)
        {
            http.ConfigurePrimaryHttpMessageHandler(handler);
        }

        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddSingleton<BotApi>();
        return services.BuildServiceProvider().GetRequiredService<BotApi>();
    }

    public static BotApi Create(FakeBotApi fake) => Create(Options(fake));
}
