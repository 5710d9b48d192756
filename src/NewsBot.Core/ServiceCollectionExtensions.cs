using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Analysis;

namespace NewsBot.Core;

/// <summary>Registers the services of <c>NewsBot.Core</c>.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddNewsBotCore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<ArticleAnalyzer>();
        return services;
    }
}
