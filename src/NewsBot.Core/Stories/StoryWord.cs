namespace NewsBot.Core.Stories;

/// <summary>A word of an article as story grouping reads it: its term, position, what kind of word it is, and a name's <see cref="NameSkeleton"/>.</summary>
internal readonly record struct StoryWord(StoryTerm Term, int Position, StoryWordKind Kind, StoryTerm? Skeleton = null);

[Flags]
internal enum StoryWordKind
{
    None = 0,

    /// <summary>A content word or large number: it counts in the article's vector.</summary>
    Counted = 1,

    /// <summary>
    /// The same in any language: a name written with a capital inside a sentence, a number, an alias
    /// group. French and English reports of one event share these and little else.
    /// </summary>
    Bridge = 2,
}
