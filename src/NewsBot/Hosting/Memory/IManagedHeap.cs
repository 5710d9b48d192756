namespace NewsBot.Hosting.Memory;

/// <summary>The process's managed heap, as <see cref="HeapTrimmer"/> sees it (a fake in tests).</summary>
internal interface IManagedHeap
{
    HeapReading Read();

    /// <summary>
    /// A full, blocking, compacting collection that returns the freed memory to the system, and the native heap's
    /// free pages with it.
    /// </summary>
    void Compact();
}
