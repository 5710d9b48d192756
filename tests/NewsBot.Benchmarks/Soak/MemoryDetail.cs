namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// Where the bot's resident memory is at one moment (<c>--memory-detail</c>): the GC's view of the managed heap,
/// the kernel's split of resident pages, SQLite's own allocator and the threads. Bytes throughout.
/// </summary>
internal sealed record MemoryDetail
{
    /// <summary>Memory the GC has committed for the heap and its bookkeeping (what it holds from the OS).</summary>
    public long GcCommittedBytes { get; init; }

    /// <summary>The heap's size at the end of the last collection, and the free space in it then.</summary>
    public long GcHeapBytes { get; init; }

    public long GcFragmentedBytes { get; init; }

    /// <summary>Gen 0, 1, 2, large and pinned object heaps after the last collection, fragmentation included.</summary>
    public long[] GenerationBytes { get; init; } = [];

    /// <summary>Resident anonymous pages: the GC heap, native allocations (SQLite's included), thread stacks.</summary>
    public long AnonymousBytes { get; init; }

    /// <summary>Resident pages of mapped files: the runtime, the assemblies, native libraries.</summary>
    public long FileBackedBytes { get; init; }

    /// <summary>
    /// Resident shared memory: the runtime's executable memory and loader heaps, which W^X maps twice (one view to
    /// write, one to run) from a memory file, and SQLite's WAL index.
    /// </summary>
    public long SharedMemoryBytes { get; init; }

    /// <summary>SQLite's allocator: in use now, and the most it ever had (page caches of every open connection, statements).</summary>
    public long SqliteBytes { get; init; }

    public long SqliteHighwaterBytes { get; init; }

    public int Threads { get; init; }

    /// <summary>Collections of the oldest generation since the start, the heap trimmer's among them, and the trimmer's alone.</summary>
    public int Gen2Collections { get; init; }

    public int HeapTrims { get; init; }

    /// <summary>glibc's malloc: bytes in use (arenas and mapped chunks), and bytes it holds free in its arenas.</summary>
    public long MallocInUseBytes { get; init; }

    public long MallocFreeBytes { get; init; }

    /// <summary>Time the process was paused by collections since the start.</summary>
    public TimeSpan GcPause { get; init; }
}
