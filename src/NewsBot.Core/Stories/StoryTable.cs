namespace NewsBot.Core.Stories;

/// <summary>
/// The open stories, each in a slot: its head (<see cref="StoryHead"/>) and a bounded vector, the heaviest
/// terms of the sum of its articles' vectors (so it holds what its reports share and cannot grow broad enough
/// to swallow neighbours) as 32-bit hashes with half-precision weights. Slots live in pages of
/// <see cref="PageSize"/> and are reused once their story closes, so memory follows the most stories open at
/// once, at ~300 bytes a story, and no story is an object of its own.
/// </summary>
/// <remarks>
/// At a large deployment's rate (100,000 articles a day, three days open) 200,000 stories are open. As objects
/// with arrays of 64-bit hashes and float weights they cost ~900 bytes each and two hundred thousand objects for
/// the collector to trace; here ~300 bytes in a few hundred pages. Half precision keeps three significant
/// digits of a weight, far finer than the thresholds the scores are compared with.
/// </remarks>
internal sealed class StoryTable
{
    /// <summary>Terms a story keeps.</summary>
    public const int MaxTerms = 40;

    /// <summary>Heaviest terms a story is found by: the first of its terms.</summary>
    public const int IndexTerms = 16;

    /// <summary>Stories a page holds: its arrays stay under the large object heap's threshold.</summary>
    public const int PageSize = 512;

    private const int PageShift = 9;

    private readonly List<StoryHead[]> _heads = [];
    private readonly List<uint[]> _terms = [];
    private readonly List<Half[]> _weights = [];
    private readonly Stack<int> _free = new();

    // Reused by Add: the story's terms and the article's, merged before the heaviest are kept.
    private readonly uint[] _mergedTerms = new uint[MaxTerms + ArticleReader.MaxTerms + ArticleReader.MaxExtraBridges];
    private readonly float[] _mergedWeights = new float[MaxTerms + ArticleReader.MaxTerms + ArticleReader.MaxExtraBridges];
    private readonly bool[] _mergedBridge = new bool[MaxTerms + ArticleReader.MaxTerms + ArticleReader.MaxExtraBridges];
    private readonly ulong[] _order = new ulong[MaxTerms + ArticleReader.MaxTerms + ArticleReader.MaxExtraBridges];
    private int _used;

    /// <summary>Stories open now.</summary>
    public int Count { get; private set; }

    /// <summary>Slots of the pages allocated so far: the most stories open at once, rounded up to a page.</summary>
    public int Capacity => _heads.Count * PageSize;

    /// <summary>Bytes of the pages, headers left out (the stories bench prints it).</summary>
    public long Bytes => Capacity * ((MaxTerms * 6L) + System.Runtime.CompilerServices.Unsafe.SizeOf<StoryHead>());

    /// <summary>Takes a free slot for a new story and says which.</summary>
    public int Open(long storedId)
    {
        if (!_free.TryPop(out var slot))
        {
            slot = _used++;
            if (slot >> PageShift == _heads.Count)
            {
                _heads.Add(new StoryHead[PageSize]);
                _terms.Add(new uint[PageSize * MaxTerms]);
                _weights.Add(new Half[PageSize * MaxTerms]);
            }
        }

        ref var head = ref Head(slot);
        var generation = head.Generation + 1;
        head = new StoryHead
        {
            Id = ((long)generation << 32) | (uint)slot,
            StoredId = storedId,
            LastSeen = DateTimeOffset.MinValue.UtcTicks,
            Generation = generation,
            IsOpen = true,
        };
        Count++;
        return slot;
    }

    /// <summary>The slot of the open story with the clusterer's id <paramref name="id"/>; -1 if it has closed.</summary>
    public int SlotOf(long id)
    {
        var slot = (int)(uint)id;
        return slot < _used && Head(slot) is { IsOpen: true } head && head.Id == id ? slot : -1;
    }

    public ref StoryHead Head(int slot) => ref _heads[slot >> PageShift][slot & (PageSize - 1)];

    public ReadOnlySpan<uint> Terms(int slot) =>
        _terms[slot >> PageShift].AsSpan((slot & (PageSize - 1)) * MaxTerms, Head(slot).TermCount);

    public ReadOnlySpan<Half> Weights(int slot) =>
        _weights[slot >> PageShift].AsSpan((slot & (PageSize - 1)) * MaxTerms, Head(slot).TermCount);

    /// <summary>The terms the story is found by: its <see cref="IndexTerms"/> heaviest.</summary>
    public ReadOnlySpan<uint> Indexed(int slot)
    {
        var terms = Terms(slot);
        return terms[..Math.Min(terms.Length, IndexTerms)];
    }

    /// <summary>Adds the article's vector to the story's and keeps the <see cref="MaxTerms"/> heaviest terms of the sum.</summary>
    public void Add(int slot, ArticleVector article, DateTimeOffset time)
    {
        ref var head = ref Head(slot);
        var terms = Terms(slot);
        var weights = Weights(slot);
        var count = terms.Length;
        for (var i = 0; i < count; i++)
        {
            (_mergedTerms[i], _mergedWeights[i], _mergedBridge[i]) = (terms[i], (float)weights[i], (head.Bridge >> i & 1) != 0);
        }

        for (var a = 0; a < article.Terms.Length; a++)
        {
            var hash = article.Terms[a].Hash;
            // Within what is merged so far: two of the article's terms may share a hash, and a story keeps a hash once.
            var index = _mergedTerms.AsSpan(0, count).IndexOf(hash);
            if (index >= 0)
            {
                _mergedWeights[index] += article.Weights[a];
                _mergedBridge[index] |= article.Bridge[a];
            }
            else
            {
                (_mergedTerms[count], _mergedWeights[count], _mergedBridge[count]) = (hash, article.Weights[a], article.Bridge[a]);
                count++;
            }
        }

        // Heaviest first; equal weights in the order they came, the story's before the article's.
        for (var i = 0; i < count; i++)
        {
            _order[i] = ((ulong)~Ascending(_mergedWeights[i]) << 32) | (uint)i;
        }

        Array.Sort(_order, 0, count);
        var kept = Math.Min(count, MaxTerms);
        var page = slot >> PageShift;
        var start = (slot & (PageSize - 1)) * MaxTerms;
        var keptTerms = _terms[page].AsSpan(start, MaxTerms);
        var keptWeights = _weights[page].AsSpan(start, MaxTerms);
        ulong bridge = 0;
        double norm = 0, bridgeNorm = 0;
        for (var i = 0; i < kept; i++)
        {
            var from = (int)(uint)_order[i];
            keptTerms[i] = _mergedTerms[from];
            keptWeights[i] = (Half)_mergedWeights[from];
            var weight = (double)(float)keptWeights[i];
            norm += weight * weight;
            if (_mergedBridge[from])
            {
                bridge |= 1UL << i;
                bridgeNorm += weight * weight;
            }
        }

        head.TermCount = (byte)kept;
        head.Bridge = bridge;
        (head.Norm, head.BridgeNorm) = ((float)Math.Sqrt(norm), (float)Math.Sqrt(bridgeNorm));
        head.Articles++;
        head.Languages |= (byte)LanguageBits.Of(article.Language);
        head.LastSeen = Math.Max(head.LastSeen, time.UtcTicks);
    }

    /// <summary>The float's bits made an unsigned integer in the floats' order.</summary>
    private static uint Ascending(float value)
    {
        var bits = BitConverter.SingleToUInt32Bits(value);
        return (bits & 0x8000_0000) != 0 ? ~bits : bits | 0x8000_0000;
    }

    /// <summary>Closes the story: its slot is free for the next one.</summary>
    public void Release(int slot)
    {
        ref var head = ref Head(slot);
        if (!head.IsOpen)
        {
            return;
        }

        head = new StoryHead { Generation = head.Generation };
        _free.Push(slot);
        Count--;
    }
}
