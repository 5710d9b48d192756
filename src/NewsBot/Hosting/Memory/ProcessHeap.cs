using NewsBot.Core.Subscriptions;

namespace NewsBot.Hosting.Memory;

/// <summary>The runtime's garbage-collected heap and the C library's.</summary>
internal sealed class ProcessHeap(IHeapCompactor compactor) : IProcessHeap
{
    public HeapReading Read()
    {
        var latest = GC.GetGCMemoryInfo(GCKind.Any);
        var blocking = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        var background = GC.GetGCMemoryInfo(GCKind.Background);
        var full = blocking.Index >= background.Index ? blocking : background;

        // A full collection's promoted bytes are what survived it in every generation: the live heap then.
        long? live = full.Index > 0 ? full.PromotedBytes : null;
        return new HeapReading(latest.TotalCommittedBytes, live);
    }

    public void Compact() => compactor.Compact();

    public bool ReleaseNativeFreePages() => NativeHeapTrim.Run();
}
