namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// The postings of every key, each key's list a run of one shared array: the subscriptions a key
/// selects, unordered, so removal swaps in the last one.
/// </summary>
/// <remarks>
/// An array per key put the lists of 100,000 subscriptions anywhere in a heap of ~170 MB, so each list
/// an article reads was a cache miss and often a page-table walk as well. In one array they take a
/// few MB the caches keep. A list that outgrows its run moves to the end, doubled; the run it leaves
/// is reused when the array is compacted, which happens when it is full and at least half of it is
/// left runs, so adding a posting costs O(1) amortized, like a list's growth.
/// </remarks>
internal sealed class PostingPool
{
    private Posting[] _postings = new Posting[256];
    private Run[] _runs = new Run[64];
    private int _end;
    private int _used;

    /// <summary>The postings of <paramref name="key"/>; valid until the next change.</summary>
    public ReadOnlySpan<Posting> Of(int key)
    {
        var run = _runs[key];
        return _postings.AsSpan(run.Start, run.Count);
    }

    /// <summary>How many postings <paramref name="key"/> has.</summary>
    public int Count(int key) => _runs[key].Count;

    /// <summary>Makes room for keys 0 to <paramref name="keys"/> - 1.</summary>
    public void Reserve(int keys)
    {
        if (keys > _runs.Length)
        {
            Array.Resize(ref _runs, Math.Max(keys, _runs.Length * 2));
        }
    }

    public void Add(int key, Posting posting)
    {
        ref var run = ref _runs[key];
        if (run.Count == run.Capacity)
        {
            Move(key, Math.Max(2, run.Capacity * 2));
        }

        _postings[run.Start + run.Count++] = posting;
    }

    /// <summary>Removes the posting of <paramref name="slot"/> from <paramref name="key"/>'s list, if any.</summary>
    public void Remove(int key, int slot)
    {
        ref var run = ref _runs[key];
        var postings = _postings.AsSpan(run.Start, run.Count);
        for (var i = 0; i < postings.Length; i++)
        {
            if (postings[i].Slot == slot)
            {
                postings[i] = postings[^1];
                postings[^1] = default;
                run.Count--;
                return;
            }
        }
    }

    // Gives the key's list a run of the given capacity at the end of the array.
    private void Move(int key, int capacity)
    {
        if (_end + capacity > _postings.Length)
        {
            var needed = _used + capacity;
            if (2 * _used <= _postings.Length && needed <= _postings.Length)
            {
                Compact(_postings.Length);
            }
            else
            {
                Compact(Math.Max(needed, _postings.Length * 2));
            }
        }

        ref var run = ref _runs[key];
        Array.Copy(_postings, run.Start, _postings, _end, run.Count);
        _postings.AsSpan(run.Start, run.Capacity).Clear();
        _used += capacity - run.Capacity;
        run.Start = _end;
        run.Capacity = capacity;
        _end += capacity;
    }

    // Copies every run, in key order, to the start of an array of the given length.
    private void Compact(int length)
    {
        var postings = new Posting[length];
        var end = 0;
        for (var key = 0; key < _runs.Length; key++)
        {
            ref var run = ref _runs[key];
            Array.Copy(_postings, run.Start, postings, end, run.Count);
            run.Start = end;
            end += run.Capacity;
        }

        _postings = postings;
        _end = end;
    }

    private struct Run
    {
        public int Start;
        public int Count;
        public int Capacity;
    }
}
