using System.Diagnostics;
using NewsBot.Benchmarks.Soak;

namespace NewsBot.Tests.Soak;

public sealed class MemoryDetailReaderTests
{
    [Fact]
    public void Read_ThisProcess_ReportsTheGcHeapItsGenerationsAndItsThreads()
    {
        using var process = Process.GetCurrentProcess();
        // The GC describes its heap as of its last collection: none may have run yet where its young generation's
        // budget is large (80 MB on a CPU with a 260 MiB cache), and every figure then reads 0.
        GC.Collect();

        var detail = MemoryDetailReader.Read(process);

        // Presence, not sizes: the GC has committed something, names five generations, and this thread exists.
        Assert.True(detail.GcCommittedBytes > 0);
        Assert.Equal(5, detail.GenerationBytes.Length);
        Assert.True(detail.Threads >= 1);
        Assert.True(detail.SqliteHighwaterBytes >= detail.SqliteBytes);
    }
}
