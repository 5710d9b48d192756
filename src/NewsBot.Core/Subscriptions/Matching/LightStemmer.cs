namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>
/// A light stemmer for French and English that removes plural and feminine endings only, so
/// <c>soldats</c>, <c>troops</c> and <c>nord-coréennes</c> meet <c>soldat</c>, <c>troop</c> and
/// <c>nord-coréen</c>. It does not know the language: both sides of a match go through it, so a rare
/// over-stemming ("paris" → "pari") costs nothing but a rare extra candidate. Verb endings are left
/// alone because stripping them merges unrelated words in the other language.
/// </summary>
internal static class LightStemmer
{
    /// <summary>Longer words are looked up as they are.</summary>
    public const int MaxLength = 64;

    /// <param name="word">A folded word (lower case, no accents).</param>
    /// <param name="destination">At least as long as <paramref name="word"/>.</param>
    /// <returns>The stem's length in <paramref name="destination"/>.</returns>
    public static int Stem(ReadOnlySpan<char> word, Span<char> destination)
    {
        if (word.EndsWith("'s"))
        {
            word = word[..^2];
        }

        word.CopyTo(destination);
        var length = word.Length;
        if (length <= 3)
        {
            return length;
        }

        var w = destination[..length];
        if (w.EndsWith("ies") && length > 4)
        {
            w[length - 3] = 'y';
            length -= 2;
        }
        else if (w.EndsWith("aux") && length > 4)
        {
            w[length - 2] = 'l';
            length -= 1;
        }
        else if (w[^1] == 's' && w[^2] != 's')
        {
            length--;
        }
        else if (w[^1] == 'x' && length > 4)
        {
            length--;
        }

        w = destination[..length];
        if (w.EndsWith("enne"))
        {
            length -= 2;
        }
        else if (length > 4 && w[^1] == 'e' && w[^2] != 'e')
        {
            length--;
        }

        return length;
    }

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length > MaxLength)
        {
            return word;
        }

        Span<char> buffer = stackalloc char[MaxLength];
        var length = Stem(word, buffer);
        return new string(buffer[..length]);
    }
}
