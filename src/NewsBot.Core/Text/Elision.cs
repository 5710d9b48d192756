namespace NewsBot.Core.Text;

/// <summary>French elided words (l’, d’, qu’, jusqu’...) that are split from the word they lean on.</summary>
internal static class Elision
{
    private static readonly HashSet<string> Prefixes = new(StringComparer.Ordinal)
    {
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Prefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <param name="folded">The folded word before the apostrophe.</param>
    public static bool IsPrefix(ReadOnlySpan<char> folded) => Lookup.Contains(folded);
}
