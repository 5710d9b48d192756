using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Commands.Figures;
using NewsBot.Core.Commands.Latest;
using NewsBot.Core.Commands.List;
using NewsBot.Core.Commands.Subscribe;
using NewsBot.Core.Commands.Unsubscribe;
using NewsBot.Core.Commands.Why;
using NewsBot.Core.Subscriptions.Matching;

namespace NewsBot.Core.Commands;

public static class CommandsServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="CommandService"/>, its handlers and <see cref="CommandOptions"/> (section <c>Commands</c>,
    /// validated at start). Needs <see cref="Subscriptions.ISubscriptionStore"/> and <see cref="IStoryQueries"/>
    /// from storage; uses the registered <see cref="AliasTable"/> and <see cref="TimeProvider"/> if any.
    /// </summary>
    public static IServiceCollection AddNewsBotCommands(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<CommandOptions>().BindConfiguration(CommandOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(AliasTable.Empty);
        services.TryAddSingleton<QueryRateLimiter>();
        services.TryAddSingleton<StorySearch>();

        // In the order help lists them; help itself is added by the service.
        services.AddSingleton<ICommandHandler, SubscribeHandler>();
        services.AddSingleton<ICommandHandler, UnsubscribeHandler>();
        services.AddSingleton<ICommandHandler, ListHandler>();
        services.AddSingleton<ICommandHandler, LatestHandler>();
        services.AddSingleton<ICommandHandler, FiguresHandler>();
        services.AddSingleton<ICommandHandler, WhyHandler>();
        services.TryAddSingleton(sp => new CommandService(
            sp.GetServices<ICommandHandler>(),
            sp.GetRequiredService<QueryRateLimiter>(),
            sp.GetRequiredService<IOptions<CommandOptions>>(),
            sp.GetService<ILogger<CommandService>>() ?? NullLogger<CommandService>.Instance));
        return services;
    }
}
