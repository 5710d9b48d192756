using System.Globalization;
using NewsBot.Benchmarks.Soak;

namespace NewsBot.Benchmarks.Memory;

/// <summary>The process's managed heap after full collections, and its resident memory, as the memory bench reports them.</summary>
internal static class HeapProbe
{
    private const double Megabyte = 1024 * 1024;

    /// <summary>Live managed bytes: what a full, compacting collection leaves.</summary>
    public static long Live()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    public static string Mb(long bytes) => (bytes / Megabyte).ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>Resident and peak resident memory, the GC's committed memory and the heap's size at the last collection.</summary>
    public static string Process()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var (rss, peak) = ProcessMemory.Read(process);
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        return FormattableString.Invariant(
            $"ws-mb={Mb(rss)} peak-ws-mb={Mb(peak)} heap-mb={Mb(GC.GetTotalMemory(false))} gc-committed-mb={Mb(info.TotalCommittedBytes)} gc-heap-mb={Mb(info.HeapSizeBytes)} fragmented-mb={Mb(info.FragmentedBytes)} gcs={GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
    }

    /// <summary>The GC settings the process runs with: the kind of GC and the DOTNET_ variables that tune it.</summary>
    public static string Mode()
    {
        var variables = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(k => k.StartsWith("DOTNET_GC", StringComparison.OrdinalIgnoreCase) || k.StartsWith("DOTNET_Tiered", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(k => k + "=" + Environment.GetEnvironmentVariable(k));
        return $"server={System.Runtime.GCSettings.IsServerGC} latency={System.Runtime.GCSettings.LatencyMode} env=[{string.Join(' ', variables)}]";
    }
}
