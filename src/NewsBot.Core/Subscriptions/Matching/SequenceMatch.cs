namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// A word or phrase, checked by positions: exactly in order, or with <c>~N</c> all its words within a
/// window N words wider than the phrase, in any order.
/// </summary>
internal sealed class SequenceMatch(string label, int[] keys, int[] offsets, int? proximity) : MatchNode
{
    public string Label { get; } = label;

    public override bool Evaluate(MatchContext context) => OccursIn(context.Terms);

    public bool OccursIn(DocumentTerms terms) => Occurs(terms, keys, offsets, proximity ?? -1);

    /// <summary>Whether this is the one word <paramref name="key"/>, which an article has wherever it has the key.</summary>
    public bool IsKey(int key) => keys.Length == 1 && keys[0] == key;

    public override void Explain(MatchContext context, List<MatchHit> hits)
    {
        var count = Find(context, out var first, out var last);
        if (count > 0)
        {
            hits.Add(new MatchHit(Label, context.Slice(first, last), count));
        }
    }

    public override void Emit(List<int> code, List<MatchNode> filters)
    {
        if (keys.Length == 1)
        {
            TopicProgram.EmitKey(code, keys[0]);
            return;
        }

        var at = Open(code, TopicProgram.Sequence);
        code.Add(keys.Length);
        code.Add(proximity ?? -1);
        code.AddRange(keys);
        code.AddRange(offsets);
        Close(code, at);
    }

    /// <summary>Whether the sequence occurs; the first occurrence ends the search.</summary>
    /// <param name="terms">The article.</param>
    /// <param name="keys">The words' keys.</param>
    /// <param name="offsets">Each word's position relative to the first.</param>
    /// <param name="proximity">The <c>~N</c> slack, or -1 for an exact phrase.</param>
    public static bool Occurs(DocumentTerms terms, ReadOnlySpan<int> keys, ReadOnlySpan<int> offsets, int proximity)
    {
        // Presence is one bit each in a small table; positions are a cache miss each at worst.
        foreach (var key in keys)
        {
            if (!terms.Has(key))
            {
                return false;
            }
        }

        if (keys.Length == 1)
        {
            return true;
        }

        var head = terms.Positions(keys[0]);

        return proximity >= 0
            ? FindNear(terms, keys, offsets, proximity, out _, out _) > 0
            : FindExact(terms, keys, offsets, head, firstOnly: true, out _, out _) > 0;
    }

    /// <summary>How many times the sequence occurs (for a proximity match, 1), and the tokens of the first occurrence.</summary>
    public int Find(MatchContext context, out int firstToken, out int lastToken)
    {
        firstToken = lastToken = -1;
        var terms = context.Terms;
        var head = terms.Positions(keys[0]);
        if (head.IsEmpty)
        {
            return 0;
        }

        if (keys.Length == 1)
        {
            firstToken = lastToken = terms.Tokens(keys[0])[0];
            return head.Length;
        }

        return proximity is { } slack
            ? FindNear(terms, keys, offsets, slack, out firstToken, out lastToken)
            : FindExact(terms, keys, offsets, head, firstOnly: false, out firstToken, out lastToken);
    }

    private static int FindExact(DocumentTerms terms, ReadOnlySpan<int> keys, ReadOnlySpan<int> offsets, ReadOnlySpan<int> head, bool firstOnly, out int firstToken, out int lastToken)
    {
        firstToken = lastToken = -1;
        var count = 0;
        for (var i = 0; i < head.Length; i++)
        {
            var lastIndex = -1;
            for (var k = 1; k < keys.Length; k++)
            {
                lastIndex = terms.Positions(keys[k]).BinarySearch(head[i] + offsets[k]);
                if (lastIndex < 0)
                {
                    break;
                }
            }

            if (lastIndex >= 0 && count++ == 0)
            {
                firstToken = terms.Tokens(keys[0])[i];
                lastToken = terms.Tokens(keys[^1])[lastIndex];
                if (firstOnly)
                {
                    return count;
                }
            }
        }

        return count;
    }

    /// <summary>Slides over the keys' sorted positions, always advancing the one that is furthest behind.</summary>
    private static int FindNear(DocumentTerms terms, ReadOnlySpan<int> keys, ReadOnlySpan<int> offsets, int slack, out int firstToken, out int lastToken)
    {
        firstToken = lastToken = -1;
        var width = offsets[^1] - offsets[0] + slack;
        if (keys.Length == 2)
        {
            return FindNearPair(terms, keys[0], keys[1], width, out firstToken, out lastToken);
        }

        Span<int> cursor = stackalloc int[keys.Length];
        while (true)
        {
            int min = int.MaxValue, max = int.MinValue, minKey = 0, maxKey = 0;
            for (var k = 0; k < keys.Length; k++)
            {
                var positions = terms.Positions(keys[k]);
                if (cursor[k] >= positions.Length)
                {
                    return 0;
                }

                var p = positions[cursor[k]];
                if (p < min)
                {
                    (min, minKey) = (p, k);
                }

                if (p > max)
                {
                    (max, maxKey) = (p, k);
                }
            }

            if (max - min <= width)
            {
                firstToken = terms.Tokens(keys[minKey])[cursor[minKey]];
                lastToken = terms.Tokens(keys[maxKey])[cursor[maxKey]];
                return 1;
            }

            cursor[minKey]++;
        }
    }

    /// <summary><see cref="FindNear"/> for two words (most <c>"a b"~N</c>), their positions read once rather than on every step.</summary>
    private static int FindNearPair(DocumentTerms terms, int first, int second, int width, out int firstToken, out int lastToken)
    {
        var a = terms.Positions(first);
        var b = terms.Positions(second);
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (Math.Abs(a[i] - b[j]) <= width)
            {
                // As the general loop reports it: on a tie, the first word is both the leftmost and the rightmost.
                firstToken = b[j] < a[i] ? terms.Tokens(second)[j] : terms.Tokens(first)[i];
                lastToken = b[j] > a[i] ? terms.Tokens(second)[j] : terms.Tokens(first)[i];
                return 1;
            }

            if (b[j] < a[i])
            {
                j++;
            }
            else
            {
                i++;
            }
        }

        firstToken = lastToken = -1;
        return 0;
    }
}
