namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>Receives the words of a text as <see cref="TermWalker"/> finds them.</summary>
internal interface ITermSink
{
    /// <param name="folded">The word folded (lower case, no accents), not stemmed; prefixes are matched on it.</param>
    /// <param name="stem">The key words are matched on.</param>
    /// <param name="raw">The word as written; acronyms (US, UN) are matched on it.</param>
    /// <param name="position">Word position; sentence ends leave a gap so a phrase does not run across them.</param>
    /// <param name="token">The tokenizer's token the word comes from.</param>
    void Add(ReadOnlySpan<char> folded, ReadOnlySpan<char> stem, ReadOnlySpan<char> raw, int position, int token);
}
