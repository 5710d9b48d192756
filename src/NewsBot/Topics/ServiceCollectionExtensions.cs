using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Hosting;

namespace NewsBot.Topics;

internal static class ServiceCollectionExtensions
{
    /// <summary>The alias table from <see cref="TopicsOptions.AliasesFile"/>, for the topic index that Core registers.</summary>
    public static IServiceCollection AddNewsBotTopics(this IServiceCollection services)
    {
        services.AddOptions<TopicsOptions>().BindConfiguration(TopicsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => AliasFileLoader.Load(
            sp.GetRequiredService<IOptions<TopicsOptions>>().Value,
            sp.GetRequiredService<HostPaths>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("NewsBot.Topics")));
        return services;
    }
}
