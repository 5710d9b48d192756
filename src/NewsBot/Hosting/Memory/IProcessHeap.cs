namespace NewsBot.Hosting.Memory;

/// <summary>The process's heaps, managed and native, as <see cref="HeapTrimmer"/> sees them (a fake in tests).</summary>
internal interface IProcessHeap
{
    /// <summary>The managed heap as its collections left it.</summary>
    HeapReading Read();

    /// <summary>A full, blocking, compacting collection that returns the freed memory to the system.</summary>
    void Compact();

    /// <summary>Hands the native heap's free pages back to the system; true if it had any.</summary>
    bool ReleaseNativeFreePages();
}
