namespace NewsBot.Core.Stories;

/// <summary>
/// Where the open stories' vectors are kept, a fixed record a story slot (<see cref="StoryTable"/>): its
/// <see cref="StoryTable.MaxTerms"/> term hashes and their weights. Read whole and written whole; the head
/// says how many of them count.
/// </summary>
internal interface IStoryVectors : IDisposable
{
    /// <summary>Bytes of memory the vectors hold.</summary>
    long MemoryBytes { get; }

    /// <summary>Reads the slot's record into spans of <see cref="StoryTable.MaxTerms"/>; a slot never written reads as zeros.</summary>
    void Read(int slot, Span<uint> terms, Span<Half> weights);

    /// <summary>Writes the slot's record from spans of <see cref="StoryTable.MaxTerms"/>.</summary>
    void Write(int slot, ReadOnlySpan<uint> terms, ReadOnlySpan<Half> weights);
}
