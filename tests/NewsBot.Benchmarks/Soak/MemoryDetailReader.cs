using System.Diagnostics;
using System.Globalization;

namespace NewsBot.Benchmarks.Soak;

/// <summary>Reads a <see cref="MemoryDetail"/> of this process: cheap enough for every sample (no collection, no page walk).</summary>
internal static class MemoryDetailReader
{
    public static MemoryDetail Read(Process process)
    {
        // Microsoft.Data.Sqlite does this on its first connection; a bot on PostgreSQL never opens one.
        SQLitePCL.Batteries_V2.Init();
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        var (anonymous, fileBacked, shared) = ResidentSplit();
        var (mallocInUse, mallocFree) = MallocInfo.Read();
        return new MemoryDetail
        {
            GcCommittedBytes = info.TotalCommittedBytes,
            GcHeapBytes = info.HeapSizeBytes,
            GcFragmentedBytes = info.FragmentedBytes,
            GenerationBytes = [.. info.GenerationInfo.ToArray().Select(g => g.SizeAfterBytes)],
            AnonymousBytes = anonymous,
            FileBackedBytes = fileBacked,
            SharedMemoryBytes = shared,
            SqliteBytes = SQLitePCL.raw.sqlite3_memory_used(),
            SqliteHighwaterBytes = SQLitePCL.raw.sqlite3_memory_highwater(0),
            Threads = process.Threads.Count,
            Gen2Collections = GC.CollectionCount(2),
            GcPause = GC.GetTotalPauseDuration(),
            MallocInUseBytes = mallocInUse,
            MallocFreeBytes = mallocFree,
        };
    }

    /// <summary>Resident anonymous, file-backed and shared-memory bytes from <c>/proc/self/status</c>; zeros where there is none.</summary>
    private static (long Anonymous, long FileBacked, long Shared) ResidentSplit()
    {
        try
        {
            long anonymous = 0, fileBacked = 0, shared = 0;
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
                {
                    anonymous = Kilobytes(line);
                }
                else if (line.StartsWith("RssFile:", StringComparison.Ordinal))
                {
                    fileBacked = Kilobytes(line);
                }
                else if (line.StartsWith("RssShmem:", StringComparison.Ordinal))
                {
                    shared = Kilobytes(line);
                }
            }

            return (anonymous, fileBacked, shared);
        }
        catch (IOException)
        {
            return (0, 0, 0);
        }
        catch (UnauthorizedAccessException)
        {
            return (0, 0, 0);
        }
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
}
