using System.Runtime.InteropServices;

namespace NewsBot.Hosting;

/// <summary>
/// Caps glibc's malloc arenas at <see cref="Limit"/>, as <c>MALLOC_ARENA_MAX=2</c> would. glibc gives threads that
/// meet contention an arena of their own (up to 8 per core) and keeps the pages each one touched: the runtime's,
/// SQLite's and the HTTP stack's native allocations, spread over the Quartz, thread-pool and timer threads, held
/// ~25–30 MB resident after a few minutes of the small soak and grew with uptime; with 2 arenas ~18 MB, flat
/// (docs/PERFORMANCE.md, Memory, third pass). The process waits on the network far more than it allocates
/// natively, so the contention the extra arenas avoid costs nothing measurable here.
/// Applied first thing in <c>Main</c>, before the host starts its threads; arenas made before then stay.
/// </summary>
internal static partial class MallocArenas
{
    public const int Limit = 2;

    /// <summary>The operator's own setting, read by glibc at start: when set, it wins and nothing is changed.</summary>
    public const string Variable = "MALLOC_ARENA_MAX";

    // M_ARENA_MAX in glibc's malloc.h.
    private const int ArenaMaxOption = -8;

    private static int _outcome = (int)MallocArenaOutcome.NotApplied;

    /// <summary>What the first <see cref="Apply()"/> did, for the run's log.</summary>
    public static MallocArenaOutcome Outcome => (MallocArenaOutcome)Volatile.Read(ref _outcome);

    /// <summary>Caps the arenas of this process where that means anything (Linux, glibc, no operator setting).</summary>
    public static MallocArenaOutcome Apply()
    {
        var outcome = Apply(OperatingSystem.IsLinux(), Environment.GetEnvironmentVariable(Variable), SetArenaMax);
        Interlocked.CompareExchange(ref _outcome, (int)outcome, (int)MallocArenaOutcome.NotApplied);
        return outcome;
    }

    /// <summary>The decision, with the platform, the variable and the native call given (tests).</summary>
    internal static MallocArenaOutcome Apply(bool linux, string? variable, Func<int, bool> setArenaMax)
    {
        if (!linux)
        {
            return MallocArenaOutcome.NotLinux;
        }

        if (!string.IsNullOrEmpty(variable))
        {
            return MallocArenaOutcome.SetByEnvironment;
        }

        try
        {
            // musl's mallopt does nothing and says so (0); it has no arenas to cap.
            return setArenaMax(Limit) ? MallocArenaOutcome.Applied : MallocArenaOutcome.Refused;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return MallocArenaOutcome.Refused;
        }
    }

    private static bool SetArenaMax(int arenas) => MallOpt(ArenaMaxOption, arenas) == 1;

    [LibraryImport("libc", EntryPoint = "mallopt")]
    private static partial int MallOpt(int option, int value);
}
