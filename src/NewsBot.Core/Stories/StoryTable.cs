namespace NewsBot.Core.Stories;

/// <summary>
/// The open stories, each in a slot: its head (<see cref="StoryHead"/>, in pages of structs in memory) and a
/// bounded vector, the heaviest terms of the sum of its articles' vectors (so it holds what its reports share and
/// cannot grow broad enough to swallow neighbours) as 32-bit hashes with half-precision weights, in
/// <see cref="IStoryVectors"/>: a file of the process in the bot, memory in tests. Slots are reused once their story
/// closes, so what is kept follows the most stories open at once, and no story is an object of its own.
/// </summary>
/// <remarks>
/// At a large deployment's rate (100,000 articles a day, three days open) 200,000 stories are open. As objects
/// with arrays of 64-bit hashes and float weights they cost ~900 bytes each and two hundred thousand objects for
/// the collector to trace; here a 64-byte head in memory and a 240-byte record. Half precision keeps three
/// significant digits of a weight, far finer than the thresholds the scores are compared with. One story's
/// vector is read at a time: the spans <see cref="Terms"/> and <see cref="Weights"/> give are valid until the
/// next story's are asked for. Not thread-safe.
/// </remarks>
internal sealed class StoryTable : IDisposable
{
    /// <summary>Terms a story keeps.</summary>
    public const int MaxTerms = 40;

    /// <summary>Bytes of a story's vector: its hashes (4 bytes each), then their half-precision weights.</summary>
    public const int VectorBytes = MaxTerms * (sizeof(uint) + 2);

    /// <summary>Heaviest terms a story is found by: the first of its terms.</summary>
    public const int IndexTerms = 16;

    /// <summary>Stories a page of heads holds.</summary>
    public const int PageSize = 512;

    /// <summary>log2 of <see cref="PageSize"/>: a slot's page is <c>slot >> PageShift</c>.</summary>
    public const int PageShift = 9;

    private readonly List<StoryHead[]> _heads = [];
    private readonly Stack<int> _free = new();
    private readonly IStoryVectors _vectors;

    // The vector of the story read last (_loaded), as the vectors keep it.
    private readonly uint[] _terms = new uint[MaxTerms];
    private readonly Half[] _weights = new Half[MaxTerms];
    private int _loaded = -1;

    // Reused by Add: the story's terms and the article's, merged before the heaviest are kept.
    private readonly uint[] _mergedTerms = new uint[MaxTerms + ArticleReader.MaxTerms + ArticleReader.MaxExtraBridges];
    private readonly float[] _mergedWeights = new float[MaxTerms + ArticleReader.MaxTerms + ArticleReader.MaxExtraBridges];
    private readonly bool[] _mergedBridge = new bool[MaxTerms + ArticleReader.MaxTerms + ArticleReader.MaxExtraBridges];
    private readonly ulong[] _order = new ulong[MaxTerms + ArticleReader.MaxTerms + ArticleReader.MaxExtraBridges];
    private int _used;

    /// <summary>Vectors in memory.</summary>
    public StoryTable()
        : this(new MemoryStoryVectors())
    {
    }

    /// <summary>Vectors in <paramref name="vectors"/>, which the table disposes.</summary>
    public StoryTable(IStoryVectors vectors) => _vectors = vectors;

    /// <summary>Stories open now.</summary>
    public int Count { get; private set; }

    /// <summary>Slots of the pages allocated so far: the most stories open at once, rounded up to a page.</summary>
    public int Capacity => _heads.Count * PageSize;

    /// <summary>Bytes of memory of the heads and the vectors, headers left out (the stories bench prints it).</summary>
    public long Bytes => (Capacity * (long)System.Runtime.CompilerServices.Unsafe.SizeOf<StoryHead>()) + _vectors.MemoryBytes;

    /// <summary>Takes a free slot for a new story and says which.</summary>
    public int Open(long storedId)
    {
        if (!_free.TryPop(out var slot))
        {
            slot = _used++;
            if (slot >> PageShift == _heads.Count)
            {
                _heads.Add(new StoryHead[PageSize]);
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

    /// <summary>The story's terms, heaviest first; valid until another story's are read.</summary>
    public ReadOnlySpan<uint> Terms(int slot)
    {
        Load(slot);
        return _terms.AsSpan(0, Head(slot).TermCount);
    }

    /// <summary>The weights of <see cref="Terms"/>, in their order; valid until another story's are read.</summary>
    public ReadOnlySpan<Half> Weights(int slot)
    {
        Load(slot);
        return _weights.AsSpan(0, Head(slot).TermCount);
    }

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
        Load(slot);
        var count = (int)head.TermCount;
        var (terms, weights) = (_terms, _weights);
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
        var (keptTerms, keptWeights) = (_terms, _weights);
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

        keptTerms.AsSpan(kept).Clear();
        keptWeights.AsSpan(kept).Clear();
        _vectors.Write(slot, keptTerms, keptWeights);
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
        _loaded = _loaded == slot ? -1 : _loaded;
    }

    public void Dispose() => _vectors.Dispose();

    /// <summary>Reads the story's vector unless it is the one read last; a story without terms has nothing to read.</summary>
    private void Load(int slot)
    {
        if (_loaded == slot)
        {
            return;
        }

        if (Head(slot).TermCount > 0)
        {
            _vectors.Read(slot, _terms, _weights);
        }

        _loaded = slot;
    }
}
