using System.Runtime;

namespace NewsBot.Core.Subscriptions;

/// <summary>
/// One full, compacting collection, large objects included, that also returns the freed memory to the system.
/// </summary>
/// <remarks>
/// Loading 100,000 subscriptions and compiling their topics allocates over a gigabyte while the long-lived index
/// is promoted in between: the background collector then sweeps the garbage around it and leaves the oldest
/// generation ~40 % free space, under the 50 % at which <c>System.GC.ConserveMemory</c> 5 compacts, so it stayed
/// resident for the process's life (~90 MB of the soak's working set, docs/PERFORMANCE.md). One blocking
/// collection of the ~150 MB that stays, right after such a load, is paid once.
/// </remarks>
public sealed class GcHeapCompactor : IHeapCompactor
{
    public void Compact()
    {
        // A sweep first gives back the regions that hold nothing live, so the compaction that follows copies into
        // those instead of taking new ones beside the old: the aggressive collection alone added ~44 MB for the
        // two seconds it ran (docs/PERFORMANCE.md, memory, third pass).
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
