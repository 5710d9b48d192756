using System.Runtime.InteropServices;

namespace NewsBot.Benchmarks.Soak;

/// <summary>glibc's malloc statistics (<c>mallinfo2</c>): bytes in use and bytes held free; zeros where there is no glibc.</summary>
internal static partial class MallocInfo
{
    public static (long InUse, long Free) Read()
    {
        if (!OperatingSystem.IsLinux())
        {
            return (0, 0);
        }

        try
        {
            var info = MallInfo2();
            return ((long)(info.InUseOrdinary + info.Mapped), (long)info.FreeOrdinary);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return (0, 0);
        }
    }

    [LibraryImport("libc", EntryPoint = "mallinfo2")]
    private static partial Info MallInfo2();

    // struct mallinfo2 in glibc's malloc.h, every field a size_t.
    [StructLayout(LayoutKind.Sequential)]
    private struct Info
    {
        public nuint Arena;
        public nuint FreeChunks;
        public nuint FastBinBlocks;
        public nuint MappedRegions;
        public nuint Mapped;
        public nuint MaxAllocated;
        public nuint FastBinFree;
        public nuint InUseOrdinary;
        public nuint FreeOrdinary;
        public nuint TopReleasable;
    }
}
