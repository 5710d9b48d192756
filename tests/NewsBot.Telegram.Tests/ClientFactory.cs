using Microsoft.Extensions.DependencyInjection;
using NewsBot.Telegram.Api;
using NewsBot.Testing.Telegram;

namespace NewsBot.Telegram.Tests;

/// <summary>A <see cref="BotApiClient"/> pointed at a fake, wired like the host wires it.</summary>
internal static class ClientFactory
{
    public static TelegramOptions Options(FakeBotApi fake) => new()
    {
        Token = fake.Token,
        ApiBaseUrl = fake.ApiBaseUrl,
        PollTimeoutSeconds = 1,
        RequestTimeoutSeconds = 5,
        ErrorBackoffSeconds = 0.05,
        LeaseRetrySeconds = 0.05,
    };

    public static BotApiClient Create(TelegramOptions options)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHttpClient(BotApiClient.HttpClientName);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddSingleton<BotApiClient>();
        return services.BuildServiceProvider().GetRequiredService<BotApiClient>();
    }

    public static BotApiClient Create(FakeBotApi fake) => Create(Options(fake));
}
