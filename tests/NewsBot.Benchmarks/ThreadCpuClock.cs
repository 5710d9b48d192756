using System.Diagnostics;
using System.Runtime.InteropServices;

namespace NewsBot.Benchmarks;

/// <summary>
/// The CPU time the calling thread has used, where the OS tells it (Linux), else wall time. The build
/// machine is shared: wall time counts the slices other processes take, the thread's CPU time does not,
/// and "articles per second on one core" is what a CPU second buys.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTime = 3;

    public static bool IsCpuTime { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    public static TimeSpan Now => IsCpuTime && TryRead(out var now) ? now : Stopwatch.GetElapsedTime(0);

    private static bool TryRead(out TimeSpan now)
    {
        if (ClockGetTime(ClockThreadCpuTime, out var spec) != 0)
        {
            now = default;
            return false;
        }

        now = TimeSpan.FromTicks(spec.Seconds * TimeSpan.TicksPerSecond + spec.Nanoseconds / 100);
        return true;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
