using System.Runtime.InteropServices;

namespace NewsBot.Hosting.Memory;

/// <summary>
/// Hands the pages glibc's malloc holds free back to the system (<c>malloc_trim(0)</c>). malloc returns memory
/// only from the top of its main heap, and only past a threshold it raises itself after large frees: the native
/// allocations of SQLite, the HTTP stack and the runtime, freed, stayed resident in the arenas.
/// </summary>
internal static partial class NativeHeapTrim
{
    /// <summary>Trims where that means anything (Linux with glibc); false elsewhere, or when nothing was given back.</summary>
    public static bool Run() => Run(OperatingSystem.IsLinux(), static () => MallocTrim(0));

    /// <summary>The same with the platform and the native call given (tests).</summary>
    internal static bool Run(bool linux, Func<int> mallocTrim)
    {
        if (!linux)
        {
            return false;
        }

        try
        {
            return mallocTrim() == 1;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // musl has no malloc_trim; its allocator gives memory back by itself.
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "malloc_trim")]
    private static partial int MallocTrim(nuint pad);
}
