using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Analysis;
using NewsBot.Core.Feeds;
using NewsBot.Core.Stories;
using NewsBot.Core.Subscriptions;
using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Hosting;
using NewsBot.Hosting.Memory;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// The bot as <c>newsbot run</c> builds it (<see cref="NewsBotHost"/> with the scheduler, both platforms and the
/// storage the settings name), from the <c>appsettings.json</c> in its folder, with timing decorators around the
/// feed reader, the analyzer, the story store and the topic matcher. Nothing else is swapped.
/// </summary>
internal sealed class SoakBot : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly BotStats _stats;

    private SoakBot(IHost host, BotStats stats)
    {
        _host = host;
        _stats = stats;
    }

    public static async Task<SoakBot> StartAsync(string folder, CancellationToken cancellationToken)
    {
        var stats = new BotStats();
        var host = NewsBotHost.Build(new HostSetup
        {
            ContentRoot = folder,
            Output = TextWriter.Null,
            Scheduler = true,
            MinimumLogLevel = LogLevel.Warning,
            ConfigureServices = services => Instrument(services, stats),
        });
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        return new SoakBot(host, stats);
    }

    /// <summary>The counts so far and the process's CPU and memory, read by the process of itself.</summary>
    public BotStatsSnapshot Sample()
    {
        using var process = Process.GetCurrentProcess();
        var (rss, peak) = ProcessMemory.Read(process);
        var grouping = _host.Services.GetService<StoryTracker>()?.Size ?? (0, 0);
        return _stats.Take() with
        {
            OpenStories = grouping.OpenStories,
            GroupingBytes = grouping.Bytes,
            TermObjects = _host.Services.GetService<StoryTracker>()?.TermObjects ?? 0,
            CachedWords = _host.Services.GetService<TopicIndex>()?.CachedWords ?? 0,
            CpuTicks = process.TotalProcessorTime.Ticks,
            WorkingSetBytes = rss,
            PeakWorkingSetBytes = peak,
            ManagedHeapBytes = GC.GetTotalMemory(forceFullCollection: false),
            LiveHeapBytes = LiveAfterFullCollection(),
            Memory = MemoryDetailReader.Read(process) with { HeapTrims = _host.Services.GetService<HeapTrimmer>()?.Trims ?? 0 },
        };
    }

    private static long LiveAfterFullCollection()
    {
        var last = ProcessHeap.LastFullCollection();
        return last.Index == 0 ? 0 : last.HeapSizeBytes - last.FragmentedBytes;
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _host.StopAsync(stop.Token).ConfigureAwait(false);
        }
        finally
        {
            _host.Dispose();
        }
    }

    private static void Instrument(IServiceCollection services, BotStats stats)
    {
        services.Replace(ServiceDescriptor.Singleton<IArticleAnalyzer>(sp => new TimedAnalyzer(sp.GetRequiredService<ArticleAnalyzer>(), stats)));
        services.Replace(ServiceDescriptor.Singleton<ITopicMatcher>(sp => new TimedMatcher(sp.GetRequiredService<TopicIndex>(), stats)));
        Decorate<IFeedReader>(services, inner => new TimedFeedReader(inner, stats));
        Decorate<IStoryStore>(services, inner => new TimedStoryStore(inner, stats));
    }

    private static void Decorate<T>(IServiceCollection services, Func<T, T> wrap)
        where T : class
    {
        var original = services.Last(d => d.ServiceType == typeof(T));
        services.Replace(ServiceDescriptor.Singleton(sp => wrap((T)Resolve(sp, original))));
    }

    private static object Resolve(IServiceProvider provider, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!);
}
