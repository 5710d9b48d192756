using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Core.Delivery.Pacing;
using NewsBot.Telegram.Api;
using NewsBot.Telegram.Delivery;
using NewsBot.Telegram.Interaction;
using NewsBot.Telegram.Polling;

namespace NewsBot.Telegram;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers Telegram when <c>Telegram:Token</c> is set, and nothing otherwise: <see cref="TelegramOptions"/>
    /// (validated at start), the Bot API boundary (Telegram.Bot's client on a named HTTP client), the <c>telegram</c> chat transport behind
    /// pacing (<c>Telegram:Pacing</c>; the 20-a-minute limit applies to groups, whose ids are negative) and the
    /// long-polling service that answers commands. Needs Core's commands and the stores from storage.
    /// </summary>
    public static IServiceCollection AddNewsBotTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (string.IsNullOrWhiteSpace(configuration[$"{TelegramOptions.Section}:{nameof(TelegramOptions.Token)}"]))
        {
            return services;
        }

        services.AddOptions<TelegramOptions>()
            .BindConfiguration(TelegramOptions.Section)
            .ValidateDataAnnotations()
            .Validate(
                o => QuietHours.TryParse(o.QuietHours, o.QuietHoursTimeZone, out _),
                "Telegram:QuietHours must read HH:mm-HH:mm (e.g. 22:00-07:00) and Telegram:QuietHoursTimeZone be a known time zone.")
            .ValidateOnStart();

        // No HttpClient logging: it would write each URL, token included.
        // No HttpClient timeout either: each call sets its own, a long poll's and a send's being longer than the rest.
        services.AddHttpClient(BotApi.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<BotApi>();
        services.AddPacedTransport<TelegramChatTransport>("Telegram:Pacing", isGroup: c => c.ChannelId.StartsWith('-'));

        services.AddSingleton<BotIdentity>();
        services.AddSingleton<ChatAdmins>();
        services.AddSingleton<UpdateHandler>();
        services.AddSingleton<UpdateJournal>();
        services.AddSingleton<TelegramMetrics>();
        services.AddSingleton<UpdateProcessor>();
        services.AddHostedService<TelegramPoller>();
        return services;
    }
}
