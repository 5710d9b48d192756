using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Core.Alerts;
using NewsBot.Core.Analysis;
using NewsBot.Core.Commands;
using NewsBot.Core.Delivery;
using NewsBot.Core.Delivery.Pacing;
using NewsBot.Core.Digests;
using NewsBot.Core.Feeds;
using NewsBot.Core.Pipeline;
using NewsBot.Core.Platforms;
using NewsBot.Core.Stories;
using NewsBot.Core.Subscriptions;
using NewsBot.Core.Subscriptions.Matching;

namespace NewsBot.Core;

/// <summary>Registers the services of <c>NewsBot.Core</c>.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// The analyzer, the topic index, the ingestion and delivery use cases and the chat commands, with
    /// their options (sections <c>FeedFetching</c>, <c>Ingestion</c>, <c>Delivery</c>, <c>Commands</c>,
    /// validated at start). The ports they use (stores, feed reader, chat transports) come from the
    /// adapters, and <see cref="System.Diagnostics.Metrics.IMeterFactory"/> from the host; the host
    /// registers the operators' <see cref="AliasTable"/> first if it has one.
    /// </summary>
    public static IServiceCollection AddNewsBotCore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<FeedPollingOptions>().BindConfiguration(FeedPollingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => new ArticleAnalyzer());
        services.TryAddSingleton<LengthBoundedAnalyzer>();
        services.TryAddSingleton<IArticleAnalyzer>(sp => sp.GetRequiredService<LengthBoundedAnalyzer>());
        services.TryAddSingleton(AliasTable.Empty);
        services.TryAddSingleton<TopicIndex>();
        services.TryAddSingleton<IExclusiveLeases, InProcessExclusiveLeases>();
        services.TryAddSingleton<ITopicMatcher>(sp => sp.GetRequiredService<TopicIndex>());

        services.AddSingleton<FeedPoller>();
        services.AddSingleton<StoryTracker>();
        services.TryAddSingleton<IHeapCompactor, GcHeapCompactor>();
        services.AddSingleton<ActiveSubscriptions>();
        services.AddSingleton<AlertPlanner>();
        services.AddSingleton<IngestionMetrics>();
        services.AddSingleton<ArticleFailureRecorder>();
        services.AddSingleton<IngestionPipeline>();

        services.AddChannelLimits();
        services.AddSingleton<StoryContentLoader>();
        services.AddSingleton<DeliveryMetrics>();
        services.AddSingleton<DeliveryDispatcher>();

        services.AddSingleton<DigestService>();

        services.TryAddSingleton<IStoryQueries, ArticleStoryQueries>();
        services.AddNewsBotCommands();
        return services;
    }
}
