using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Delivery.Pacing;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Messages;
using NewsBot.Discord.Rest;

namespace NewsBot.Discord;

/// <summary>Registers the Discord adapter.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers Discord when <c>Discord:Token</c> is set, and nothing otherwise: <see cref="DiscordOptions"/>
    /// (section <c>Discord</c>, validated at start), the REST client with its rate limiting, the <c>discord</c>
    /// chat transport behind pacing (<c>Discord:Pacing</c>), the gateway connection and the slash commands.
    /// Needs Core's commands and the stores from storage.
    /// </summary>
    public static IServiceCollection AddNewsBotDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (string.IsNullOrWhiteSpace(configuration[$"{DiscordOptions.Section}:{nameof(DiscordOptions.Token)}"]))
        {
            return services;
        }

        services.AddOptions<DiscordOptions>()
            .BindConfiguration(DiscordOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        // No request logging: interaction routes carry the interaction's token in the URL.
        services.AddHttpClient(DiscordRestClient.HttpClientName, (provider, client) =>
                DiscordRestClient.Configure(client, provider.GetRequiredService<IOptions<DiscordOptions>>().Value))
            .RemoveAllLoggers();
        services.AddSingleton(sp => new GlobalRateLimit(
            sp.GetRequiredService<IOptions<DiscordOptions>>().Value.GlobalRequestsPerSecond, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<DiscordRateLimiter>();
        services.AddSingleton(sp => new InvalidRequestGuard(
            sp.GetRequiredService<IOptions<DiscordOptions>>().Value.InvalidRequestBudget, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<DiscordRestClient>(
            sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(DiscordRestClient.HttpClientName)));

        // Discord's per-channel limit is learned from its buckets; pacing keeps to the documented global 50/s
        // and about one message a second per channel.
        services.AddPacedTransport<DiscordChatTransport>("Discord:Pacing");

        services.AddSingleton<DiscordMetrics>();
        services.AddSingleton<CommandRegistrar>();
        services.AddSingleton<InteractionHandler>();
        services.AddSingleton<GuildMembership>();
        services.AddHostedService<DiscordGateway>();
        return services;
    }
}
