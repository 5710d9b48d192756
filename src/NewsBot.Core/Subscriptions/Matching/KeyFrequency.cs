namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// How many of the articles matched lately had each key: what anchoring a subscription on that key
/// costs, since every article with the key reads the key's postings. Counted on one article in
/// <see cref="SampleEvery"/>, and halved every <see cref="Window"/> counted articles so that the news
/// of the last weeks, not of last year, decides. Scratch of one index, used under its lock.
/// </summary>
internal sealed class KeyFrequency
{
    /// <summary>One article in this many is counted: the shares do not need more, and counting costs a cache miss per key.</summary>
    public const int SampleEvery = 4;

    /// <summary>Counted articles before the counts are halved.</summary>
    public const int Window = 4096;

    /// <summary>Counted articles below which the counts say too little to anchor by.</summary>
    public const int MinSamples = 256;

    private int[] _counts = [];
    private int _tick;

    /// <summary>Counted articles (halved with the counts).</summary>
    public int Samples { get; private set; }

    /// <summary>Whether enough articles were counted to anchor by <see cref="Count"/>.</summary>
    public bool Trusted => Samples >= MinSamples;

    /// <summary>Counts an article by its distinct keys, if it is one of those sampled.</summary>
    public void Observe(ReadOnlySpan<int> distinctKeys, int keyCount)
    {
        if (++_tick < SampleEvery)
        {
            return;
        }

        _tick = 0;
        if (_counts.Length < keyCount)
        {
            Array.Resize(ref _counts, Math.Max(keyCount, _counts.Length * 2));
        }

        var counts = _counts;
        for (var i = 0; i < distinctKeys.Length; i++)
        {
            counts[distinctKeys[i]]++;
        }

        if (++Samples >= Window)
        {
            for (var i = 0; i < counts.Length; i++)
            {
                counts[i] >>= 1;
            }

            Samples >>= 1;
        }
    }

    /// <summary>How many counted articles had <paramref name="key"/>.</summary>
    public int Count(int key) => (uint)key < (uint)_counts.Length ? _counts[key] : 0;

    /// <summary>What anchoring on <paramref name="clause"/> costs: the counted articles that read its postings.</summary>
    public int Cost(AnchorClause clause)
    {
        var cost = 0;
        foreach (var key in clause.Keys)
        {
            cost += Count(key);
        }

        return cost;
    }
}
