namespace NewsBot.Core.Stories;

/// <summary>The vectors in pages of memory, <see cref="StoryTable.PageSize"/> slots a page: for tests, tools and a bot that cannot write a file.</summary>
internal sealed class MemoryStoryVectors : IStoryVectors
{
    private readonly List<uint[]> _terms = [];
    private readonly List<Half[]> _weights = [];

    public long MemoryBytes => (long)_terms.Count * StoryTable.PageSize * StoryTable.VectorBytes;

    public void Read(int slot, Span<uint> terms, Span<Half> weights)
    {
        if (slot >> StoryTable.PageShift >= _terms.Count)
        {
            terms.Clear();
            weights.Clear();
            return;
        }

        var start = (slot & (StoryTable.PageSize - 1)) * StoryTable.MaxTerms;
        _terms[slot >> StoryTable.PageShift].AsSpan(start, StoryTable.MaxTerms).CopyTo(terms);
        _weights[slot >> StoryTable.PageShift].AsSpan(start, StoryTable.MaxTerms).CopyTo(weights);
    }

    public void Write(int slot, ReadOnlySpan<uint> terms, ReadOnlySpan<Half> weights)
    {
        while (slot >> StoryTable.PageShift >= _terms.Count)
        {
            _terms.Add(new uint[StoryTable.PageSize * StoryTable.MaxTerms]);
            _weights.Add(new Half[StoryTable.PageSize * StoryTable.MaxTerms]);
        }

        var start = (slot & (StoryTable.PageSize - 1)) * StoryTable.MaxTerms;
        terms[..StoryTable.MaxTerms].CopyTo(_terms[slot >> StoryTable.PageShift].AsSpan(start));
        weights[..StoryTable.MaxTerms].CopyTo(_weights[slot >> StoryTable.PageShift].AsSpan(start));
    }

    public void Dispose()
    {
    }
}
