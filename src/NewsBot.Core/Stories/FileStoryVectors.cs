using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NewsBot.Core.Stories;

/// <summary>
/// The vectors in a file of this process, a record a slot at <c>slot × </c><see cref="RecordBytes"/>,
/// deleted when it is closed or the process ends. Only the at most <see cref="StoryIndex.MaxScored"/> candidates of an article and the
/// story it joins are read, so the open stories of a three-day window (200,000 at 100,000 articles a day, 48 MB of
/// vectors) stay out of the process's memory: the system's file cache keeps the pages read often and can take the
/// others back.
/// </summary>
/// <remarks>
/// Reads and writes are synchronous: a record is 240 bytes that the file cache almost always holds, a few
/// microseconds, well below what an asynchronous call costs; grouping is one thread's work per article.
/// </remarks>
internal sealed class FileStoryVectors : IStoryVectors
{
    /// <summary>Bytes of a slot's record: the story's vector.</summary>
    public const int RecordBytes = StoryTable.VectorBytes;

    private readonly SafeFileHandle _file;
    private readonly byte[] _record = new byte[RecordBytes];

    private FileStoryVectors(SafeFileHandle file, string path) => (_file, Path) = (file, path);

    /// <summary>The file's path.</summary>
    public string Path { get; }

    public long MemoryBytes => 0;

    /// <summary>Creates the file in <paramref name="directory"/>, with a name of its own; throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> if it cannot.</summary>
    public static FileStoryVectors Create(string directory)
    {
        Directory.CreateDirectory(directory);
        var path = System.IO.Path.Combine(directory, $"newsbot-stories-{Environment.ProcessId}-{Guid.NewGuid():N}.vectors");
        var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
        if (!OperatingSystem.IsWindows())
        {
            // Unlinked at once, so that a process that dies (killed, out of memory) leaves no file behind: the
            // space is the open handle's until the process ends. Windows deletes on close, whatever ends the process.
            File.Delete(path);
        }

        return new FileStoryVectors(file, path);
    }

    public void Read(int slot, Span<uint> terms, Span<Half> weights)
    {
        var read = 0;
        while (read < RecordBytes)
        {
            var n = RandomAccess.Read(_file, _record.AsSpan(read), Offset(slot) + read);
            if (n == 0)
            {
                // Past the end: a slot the file has not reached yet.
                _record.AsSpan(read).Clear();
                break;
            }

            read += n;
        }

        MemoryMarshal.Cast<byte, uint>(_record.AsSpan(0, StoryTable.MaxTerms * sizeof(uint))).CopyTo(terms);
        MemoryMarshal.Cast<byte, Half>(_record.AsSpan(StoryTable.MaxTerms * sizeof(uint))).CopyTo(weights);
    }

    public void Write(int slot, ReadOnlySpan<uint> terms, ReadOnlySpan<Half> weights)
    {
        MemoryMarshal.AsBytes(terms[..StoryTable.MaxTerms]).CopyTo(_record);
        MemoryMarshal.AsBytes(weights[..StoryTable.MaxTerms]).CopyTo(_record.AsSpan(StoryTable.MaxTerms * sizeof(uint)));
        RandomAccess.Write(_file, _record, Offset(slot));
    }

    public void Dispose() => _file.Dispose();

    private static long Offset(int slot) => (long)slot * RecordBytes;
}
