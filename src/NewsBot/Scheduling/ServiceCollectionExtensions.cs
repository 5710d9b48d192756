using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Delivery;
using Npgsql;
using Quartz;

namespace NewsBot.Scheduling;

internal static class ServiceCollectionExtensions
{
    /// <summary>
    /// Quartz with one poll job per configured feed (laid out at start by <see cref="FeedScheduleStartup"/>) and
    /// the delivery and digest jobs. On PostgreSQL the schedule is kept in the database (tables from migration
    /// 0009) and the scheduler joins the cluster of every node sharing it; each node lays the jobs out again at
    /// start under the same keys, so starting any number of nodes gives one set of jobs.
    /// </summary>
    public static IServiceCollection AddNewsBotScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        var delivery = new DeliveryOptions();
        configuration.GetSection(DeliveryOptions.Section).Bind(delivery);

        var cluster = ClusterSettings.From(configuration);

        var threads = PollConcurrencyOptions.PoolSize(configuration);

        services.AddQuartz(q =>
        {
            // Quartz's default of 10 threads let the slow feeds of a crowded minute hold every thread while the
            // firings behind them went stale; a poll mostly waits on the network, so more of them cost little.
            q.UseDefaultThreadPool(threads);
            if (cluster is not null)
            {
                q.UsePersistentStore(store =>
                {
                    store.UsePostgres(NpgsqlFactory.Instance, cluster.ConnectionString);
                    store.UseSystemTextJsonSerializer();
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = cluster.CheckinInterval;
                        c.CheckinMisfireThreshold = cluster.CheckinInterval;
                    });
                });
            }

            // On a cluster every node drains the outbox itself (NodeDeliveryLoop, below).
            if (cluster is null)
            {
                q.AddJob<DeliveryJob>(j => j.WithIdentity(DeliveryJob.Key));
                q.AddTrigger(t => t
                    .ForJob(DeliveryJob.Key)
                    .WithIdentity(DeliveryJob.TriggerKey)
                    .StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(Math.Max(1, delivery.IntervalSeconds))).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
            }

            // At start too: with nothing old, a run reads no row (the settled rows' index by age).
            q.AddJob<DeliveryHistoryJob>(j => j.WithIdentity(DeliveryHistoryJob.Key));
            q.AddTrigger(t => t
                .ForJob(DeliveryHistoryJob.Key)
                .WithIdentity("delivery-history", "delivery-triggers")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(CleanupBatches.Interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
            q.AddJob<ArticleTextHistoryJob>(j => j.WithIdentity(ArticleTextHistoryJob.Key));
            q.AddTrigger(t => t
                .ForJob(ArticleTextHistoryJob.Key)
                .WithIdentity("article-text-history", "article-triggers")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(CleanupBatches.Interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));

            // The digest job is durable: its triggers come and go with the digest subscriptions.
            q.AddJob<DigestJob>(j => j.WithIdentity(DigestJob.Key).StoreDurably());
            q.AddJob<DigestTriggerSyncJob>(j => j.WithIdentity(DigestTriggerSyncJob.Key));
            q.AddTrigger(t => t
                .ForJob(DigestTriggerSyncJob.Key)
                .WithIdentity("digest-sync", "digests")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
        });
        services.Configure<QuartzOptions>(o => o.Scheduling.OverwriteExistingData = true);

        // On Ctrl+C or SIGTERM the running jobs' tokens are cancelled and then waited for: each stops at its
        // next item boundary (a poll between two batches, the pipeline between two articles), leaving
        // nothing half-stored, so `run` exits within seconds instead of finishing a busy feed first.
        services.Configure<QuartzSchedulerOptions>(o => o.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs);
        if (cluster?.NodeName is { } nodeName)
        {
            services.Configure<QuartzSchedulerOptions>(o => o.InstanceId = nodeName);
        }

        services.AddOptions<PollConcurrencyOptions>().BindConfiguration(PollConcurrencyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // Ahead of Quartz's hosted service, which starts the scheduler: the feed jobs are in the store before it runs.
        services.AddHostedService<FeedScheduleStartup>();
        if (cluster is not null)
        {
            services.AddHostedService<StoredDeliveryJobRemoval>();
            services.AddHostedService<NodeDeliveryLoop>();
        }

        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddSingleton<RunActivity>();
        services.AddSingleton<DigestSubscriptions>();
        services.AddHostedService<RunSummary>();
        return services;
    }
}
