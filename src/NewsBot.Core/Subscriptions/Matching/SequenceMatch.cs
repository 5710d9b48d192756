namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// A word or phrase, checked by positions: exactly in order, or with <c>~N</c> all its words within a
/// window N words wider than the phrase, in any order.
/// </summary>
internal sealed class SequenceMatch(string label, int[] keys, int[] offsets, int? proximity) : MatchNode
{
    public string Label { get; } = label;

    public override bool Evaluate(MatchContext context) => Find(context, out _, out _) > 0;

    public override void Explain(MatchContext context, List<MatchHit> hits)
    {
        var count = Find(context, out var first, out var last);
        if (count > 0)
        {
            hits.Add(new MatchHit(Label, context.Slice(first, last), count));
        }
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

        return proximity is { } slack ? FindNear(terms, slack, out firstToken, out lastToken) : FindExact(terms, head, out firstToken, out lastToken);
    }

    private int FindExact(DocumentTerms terms, ReadOnlySpan<int> head, out int firstToken, out int lastToken)
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

            if (lastIndex >= 0)
            {
                if (count++ == 0)
                {
                    firstToken = terms.Tokens(keys[0])[i];
                    lastToken = terms.Tokens(keys[^1])[lastIndex];
                }
            }
        }

        return count;
    }

    /// <summary>Slides over the keys' sorted positions, always advancing the one that is furthest behind.</summary>
    private int FindNear(DocumentTerms terms, int slack, out int firstToken, out int lastToken)
    {
        firstToken = lastToken = -1;
        var width = offsets[^1] - offsets[0] + slack;
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
}
