using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Core.Alerts;
using NewsBot.Core.Analysis;
using NewsBot.Core.Commands;
using NewsBot.Core.Delivery;
using NewsBot.Core.Delivery.Pacing;
using NewsBot.Core.Feeds;
using NewsBot.Core.Stories;
using NewsBot.Core.Subscriptions;
using NewsBot.Core.Subscriptions.Matching;

namespace NewsBot.Core.Pipeline;

public static class PipelineServiceCollectionExtensions
{
    /// <summary>The ingestion and delivery use cases; the ports they use come from the adapters.</summary>
    public static IServiceCollection AddNewsBotPipeline(this IServiceCollection services)
    {
        services.AddOptions<FeedPollingOptions>().BindConfiguration(FeedPollingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(AliasTable.Empty);
        services.TryAddSingleton<TopicIndex>();
        services.TryAddSingleton<ITopicMatcher>(sp => sp.GetRequiredService<TopicIndex>());
        services.TryAddSingleton(_ => new ArticleAnalyzer());
        services.AddSingleton<FeedPoller>();
        services.AddSingleton<AlertPlanner>();
        services.AddSingleton<StoryTracker>();
        services.AddSingleton<IngestionPipeline>();
        services.AddChannelLimits();
        services.TryAddSingleton<IStoryQueries, ArticleStoryQueries>();
        services.AddSingleton<StoryContentLoader>();
        services.AddSingleton<DeliveryDispatcher>();
        return services;
    }
}
