namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// A compiled query flattened into one array of ints, which is what <see cref="TopicIndex.Match(Articles.Article)"/>
/// evaluates on each candidate. With 100,000 subscriptions the node trees are scattered over the heap and
/// evaluating a candidate was mostly cache misses; one small array is read in a line or two.
/// The trees stay for <see cref="MatchNode.Explain"/>, where speed does not matter.
/// </summary>
/// <remarks>
/// Each node is <c>[operation, length, …]</c>, length counting the whole node, so a short-circuit skips
/// the rest: <see cref="And"/>, <see cref="Or"/> and <see cref="Not"/> are followed by their children;
/// <see cref="Sequence"/> by its word count n, its <c>~N</c> slack (-1 for none), n keys and n offsets;
/// <see cref="Filter"/> by the index of the node to call back; <see cref="Key"/> (a word, a prefix or an
/// alias group: most of what queries hold) by its key, tested in the AND or OR loop that holds it
/// without a call.
/// </remarks>
internal readonly struct TopicProgram
{
    public const int And = 0;
    public const int Or = 1;
    public const int Not = 2;
    public const int Sequence = 3;
    public const int Filter = 4;
    public const int Key = 5;

    private const int KeyLength = 3;

    private readonly int[] _code;
    private readonly MatchNode[] _filters;

    public TopicProgram(MatchNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var code = new List<int>();
        var filters = new List<MatchNode>();
        root.Emit(code, filters);
        _code = [.. code];
        _filters = [.. filters];
    }

    public bool Evaluate(MatchContext context) => Evaluate(_code, 0, context);

    /// <summary>Appends a node true when the article has <paramref name="key"/>.</summary>
    public static void EmitKey(List<int> code, int key) => code.AddRange([Key, KeyLength, key]);

    /// <summary>The code's first instruction, read to bring it into the cache ahead of <see cref="Evaluate(MatchContext)"/>.</summary>
    public int Touch() => _code[0];

    private bool Evaluate(int[] code, int at, MatchContext context)
    {
        var end = at + code[at + 1];
        switch (code[at])
        {
            case And:
            {
                var terms = context.Terms;
                for (var child = at + 2; child < end; child += code[child + 1])
                {
                    if (!(code[child] == Key ? terms.Has(code[child + 2]) : Evaluate(code, child, context)))
                    {
                        return false;
                    }
                }

                return true;
            }

            case Or:
            {
                var terms = context.Terms;
                for (var child = at + 2; child < end; child += code[child + 1])
                {
                    if (code[child] == Key ? terms.Has(code[child + 2]) : Evaluate(code, child, context))
                    {
                        return true;
                    }
                }

                return false;
            }

            case Key:
                return context.Terms.Has(code[at + 2]);
            case Not:
                return !Evaluate(code, at + 2, context);
            case Sequence:
            {
                var count = code[at + 2];
                var keys = code.AsSpan(at + 4, count);
                return SequenceMatch.Occurs(context.Terms, keys, code.AsSpan(at + 4 + count, count), code[at + 3]);
            }

            default:
                return _filters[code[at + 2]].Evaluate(context);
        }
    }

}
