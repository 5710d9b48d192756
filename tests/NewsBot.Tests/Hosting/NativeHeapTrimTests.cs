using System.Runtime.InteropServices;
using NewsBot.Hosting.Memory;

namespace NewsBot.Tests.Hosting;

public sealed class NativeHeapTrimTests
{
    [Fact]
    public void Run_NotLinux_LeavesMallocAlone()
    {
        Assert.False(NativeHeapTrim.Run(linux: false, () => throw new InvalidOperationException("called")));
    }

    [Fact]
    public void Run_GlibcGaveMemoryBack_SaysSo()
    {
        Assert.True(NativeHeapTrim.Run(linux: true, () => 1));
        Assert.False(NativeHeapTrim.Run(linux: true, () => 0));
    }

    [Fact]
    public void Run_CLibraryWithoutMallocTrim_GoesOn()
    {
        Assert.False(NativeHeapTrim.Run(linux: true, () => throw new EntryPointNotFoundException()));
        Assert.False(NativeHeapTrim.Run(linux: true, () => throw new DllNotFoundException()));
    }

    [Fact]
    public unsafe void Run_FreedMemoryBelowALiveBlock_GlibcGivesItBack()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.False(NativeHeapTrim.Run());
            return;
        }

        // 32 MB in blocks small enough to come from malloc's heap, not their own mappings, then one block kept
        // above them: free() alone can give back only the top of a heap, so the freed 32 MB stay until a trim.
        var blocks = new List<nint>();
        for (var i = 0; i < 512; i++)
        {
            var block = NativeMemory.Alloc(64 * 1024);
            new Span<byte>(block, 64 * 1024).Fill(1);
            blocks.Add((nint)block);
        }

        var kept = NativeMemory.Alloc(64);
        foreach (var block in blocks)
        {
            NativeMemory.Free((void*)block);
        }

        try
        {
            Assert.True(NativeHeapTrim.Run());
        }
        finally
        {
            NativeMemory.Free(kept);
        }
    }
}
