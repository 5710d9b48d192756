using System.Diagnostics;
using System.Globalization;

namespace NewsBot.Benchmarks.Soak;

/// <summary>Resident and peak resident memory of a process: <c>/proc/self/status</c> on Linux, <see cref="Process"/> elsewhere.</summary>
internal static class ProcessMemory
{
    public static (long Resident, long Peak) Read(Process process)
    {
        try
        {
            long rss = 0, peak = 0;
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    rss = Kilobytes(line);
                }
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    peak = Kilobytes(line);
                }
            }

            return (rss, peak);
        }
        catch (IOException)
        {
            return (process.WorkingSet64, process.PeakWorkingSet64);
        }
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
}
