namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>Receives the words of a text as <see cref="TermWalker"/> finds them, before stemming.</summary>
internal interface IWordSink
{
    /// <param name="folded">The word folded (lower case, no accents); for a number, its digits without group spaces.</param>
    /// <param name="raw">The word as written.</param>
    /// <param name="position">Word position; sentence ends leave a gap so a phrase does not run across them.</param>
    /// <param name="token">The tokenizer's token the word comes from.</param>
    /// <param name="number">A number: matched as it is, never stemmed.</param>
    /// <param name="shape">For a word, the <see cref="WordShape"/> of <paramref name="folded"/>; for a number, default.</param>
    /// <param name="word">
    /// For a word that is its whole token, how many word tokens came before it (hyphenated and elided ones
    /// included, as <see cref="Language.LanguageDetector"/> counts them); -1 for a part of a hyphenated word
    /// and for a number.
    /// </param>
    void Add(ReadOnlySpan<char> folded, ReadOnlySpan<char> raw, int position, int token, bool number, in WordShape shape, int word);

    /// <summary>An elided article or pronoun (l’, qu’): not a term, but a word the language is told by.</summary>
    /// <param name="folded">The folded token, apostrophe included.</param>
    /// <param name="shape">Its <see cref="WordShape"/>.</param>
    /// <param name="word">How many word tokens came before it.</param>
    void Elided(ReadOnlySpan<char> folded, in WordShape shape, int word);
}
