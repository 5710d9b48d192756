using NewsBot.Core.Subscriptions;

namespace NewsBot.Hosting.Memory;

/// <summary>The runtime's garbage-collected heap and the C library's.</summary>
internal sealed class ProcessHeap(IHeapCompactor compactor) : IProcessHeap
{
    public HeapReading Read()
    {
        var latest = GC.GetGCMemoryInfo(GCKind.Any);
        var full = LastFullCollection();

        // A full collection's promoted bytes are what survived it in every generation: the live heap then.
        long? live = full.Index > 0 ? full.PromotedBytes : null;
        return new HeapReading(latest.TotalCommittedBytes, live);
    }

    /// <summary>The newest full collection, blocking or background; its <c>Index</c> is 0 before the first.</summary>
    public static GCMemoryInfo LastFullCollection()
    {
        var blocking = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        var background = GC.GetGCMemoryInfo(GCKind.Background);
        return blocking.Index >= background.Index ? blocking : background;
    }

    public void Compact() => compactor.Compact();

    public bool ReleaseNativeFreePages() => NativeHeapTrim.Run();
}
