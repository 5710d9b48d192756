using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Configuration;
using NewsBot.ConsoleChannel;
using NewsBot.Core.Delivery;
using NewsBot.Hosting.Memory;

namespace NewsBot.Hosting;

internal static class ServiceCollectionExtensions
{
    /// <summary>The host's own services: the feed list from configuration and the console channel.</summary>
    public static IServiceCollection AddNewsBotHost(this IServiceCollection services)
    {
        services.AddOptions<FeedListOptions>()
            .Configure<Microsoft.Extensions.Configuration.IConfiguration>((options, configuration) =>
            {
                foreach (var section in configuration.GetSection(FeedListOptions.Section).GetChildren())
                {
                    var entry = new FeedEntry();
                    Microsoft.Extensions.Configuration.ConfigurationBinder.Bind(section, entry);
                    options.Feeds.Add(entry);
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<FeedListOptions>, FeedListValidator>();
        services.AddSingleton<FeedCatalog>();
        services.AddSingleton<ConsoleChatTransport>();
        services.AddSingleton<IChatTransport>(sp => sp.GetRequiredService<ConsoleChatTransport>());
        return services;
    }

    /// <summary><c>run</c>'s heap trimming (<see cref="HeapTrimmer"/>), set by the <c>Memory</c> section.</summary>
    public static IServiceCollection AddHeapTrimming(this IServiceCollection services)
    {
        services.AddOptions<HeapTrimOptions>().BindConfiguration(HeapTrimOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IProcessHeap, ProcessHeap>();
        services.AddSingleton<HeapTrimmer>();
        services.AddHostedService(sp => sp.GetRequiredService<HeapTrimmer>());
        return services;
    }
}
