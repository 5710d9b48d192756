using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsBot.Hosting.Memory;

/// <summary>
/// <c>run</c>: compacts the managed heap when it holds much more than its live objects, and gives the memory back;
/// and hands the native heap's free pages back at every check.
/// </summary>
/// <remarks>
/// Under a delivery backlog the rows, stories and sends that wait seconds in the pacing queues outlive two
/// collections and reach the oldest generation, which the runtime collects in the background without compacting
/// and only when its budget is spent: the process then holds tens of megabytes of garbage and free space on top of
/// what it keeps, and its working set creeps with uptime (docs/PERFORMANCE.md, memory). A compaction of the
/// ~130 MB a 100,000-subscription bot keeps takes a fraction of a second; at most one a minute costs well under
/// one percent of a core, for a process that waits on the network. <c>System.GC.ConserveMemory</c> compacts only
/// when a collection of the oldest generation happens and finds it mostly free.
/// </remarks>
internal sealed class HeapTrimmer(IProcessHeap heap, IOptions<HeapTrimOptions> options, TimeProvider timeProvider, ILogger<HeapTrimmer> logger) : BackgroundService
{
    private const long Megabyte = 1024 * 1024;
    private DateTimeOffset? _lastTrim;

    /// <summary>Compactions done since the start.</summary>
    public int Trims { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.TrimAboveMegabytes == 0)
        {
            Log.HeapTrimOff(logger);
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.CheckSeconds), timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    TrimIfWorthIt();

                    // Cheap (a walk of malloc's free chunks), so at every check: what SQLite, the HTTP stack and the
                    // runtime free natively stays resident in malloc's arenas otherwise (9–15 MB in the small soak).
                    heap.ReleaseNativeFreePages();
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    // The bot runs on without trimming this time; the next tick tries again.
                    Log.HeapTrimFailed(logger, exception);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>Compacts if the heap's excess is over the threshold and the last compaction is far enough back.</summary>
    internal bool TrimIfWorthIt()
    {
        var settings = options.Value;
        if (settings.TrimAboveMegabytes == 0
            || (_lastTrim is { } last && timeProvider.GetUtcNow() - last < TimeSpan.FromSeconds(settings.MinSecondsBetweenTrims)))
        {
            return false;
        }

        var before = heap.Read();
        if (before.LiveBytes is not { } live)
        {
            return false;
        }

        var threshold = Math.Max(settings.TrimAboveMegabytes * Megabyte, live / 100 * settings.TrimAbovePercentOfLive);
        if (before.ExcessBytes <= threshold)
        {
            return false;
        }

        var started = timeProvider.GetTimestamp();
        heap.Compact();
        var took = timeProvider.GetElapsedTime(started);
        _lastTrim = timeProvider.GetUtcNow();
        Trims++;
        var after = heap.Read();
        Log.HeapTrimmed(logger, before.CommittedBytes / Megabyte, live / Megabyte, after.CommittedBytes / Megabyte, (after.LiveBytes ?? live) / Megabyte, took.TotalMilliseconds);
        return true;
    }
}
