using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsBot.Core.Delivery.Pacing;

/// <summary>Registers a platform's transport behind pacing, and the per-channel alert limits.</summary>
public static class PacingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TTransport"/> as a singleton and exposes it as <see cref="IChatTransport"/>
    /// only through a <see cref="PacedChatTransport"/> whose <see cref="PacingOptions"/> are bound from
    /// <paramref name="optionsSection"/> (e.g. <c>Telegram:Pacing</c>) and validated at start. Register the
    /// adapter this way and not also as <see cref="IChatTransport"/> itself, or it would be posted to unpaced.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="optionsSection">The configuration section of this platform's limits; also the options' name.</param>
    /// <param name="isGroup">Which channels the per-group limit applies to; null: all of them.</param>
    public static IServiceCollection AddPacedTransport<TTransport>(
        this IServiceCollection services, string optionsSection, Func<ChannelAddress, bool>? isGroup = null)
        where TTransport : class, IChatTransport
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(optionsSection);

        services.AddOptions<PacingOptions>(optionsSection)
            .BindConfiguration(optionsSection)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<TTransport>();
        services.AddSingleton<IChatTransport>(sp => new PacedChatTransport(
            sp.GetRequiredService<TTransport>(),
            sp.GetRequiredService<IOptionsMonitor<PacingOptions>>().Get(optionsSection),
            isGroup,
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetRequiredService<ILogger<PacedChatTransport>>()));
        return services;
    }

    /// <summary>
    /// Registers <see cref="ChannelAlertPolicy"/> with <see cref="ChannelLimitsOptions"/> bound from
    /// <c>Delivery</c> and validated at start.
    /// </summary>
    public static IServiceCollection AddChannelLimits(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ChannelLimitsOptions>()
            .BindConfiguration(ChannelLimitsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ChannelAlertPolicy>();
        return services;
    }
}
