namespace NewsBot.Core.Stories;

/// <summary>
/// A name reduced to how it sounds rather than how one language writes it: the French and English
/// transliterations of a foreign name (Koursk and Kursk, Tchernobyl and Chernobyl, Choïgou and
/// Shoigu, Zelensky and Zelenski) differ in their vowels and in how they write one sound, so the
/// skeleton keeps the first letter and the consonants, with the spellings of one sound made one.
/// </summary>
internal static class NameSkeleton
{
    /// <summary>Shorter skeletons are shared by too many unrelated names to be evidence.</summary>
    public const int MinLength = 4;

    /// <summary>The skeleton of a folded (lower case, unaccented) name, "~" first; null when too short.</summary>
    public static string? Of(ReadOnlySpan<char> folded)
    {
        Span<char> buffer = stackalloc char[Math.Min(folded.Length, 64) + 1];
        var length = 0;
        buffer[length++] = '~';
        for (var i = 0; i < folded.Length && length < buffer.Length; i++)
        {
            var c = folded[i];
            char sound;
            if (c is 't' && i + 2 < folded.Length && folded[i + 1] == 'c' && folded[i + 2] == 'h')
            {
                // tch (French) = ch (English).
                (sound, i) = ('$', i + 2);
            }
            else if (c is 'c' or 's' && i + 1 < folded.Length && folded[i + 1] == 'h')
            {
                // ch (French, English) and sh (English): one hushing sound.
                (sound, i) = ('$', i + 1);
            }
            else if (c is 'c' or 'q' or 'k')
            {
                sound = 'k';
            }
            else if (i > 0 && c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'h' or 'w')
            {
                continue;
            }
            else if (!char.IsAsciiLetterLower(c))
            {
                continue;
            }
            else
            {
                sound = c is 'y' ? 'i' : c;
            }

            // Doubled letters (Assad, Asad) are one sound.
            if (buffer[length - 1] != sound)
            {
                buffer[length++] = sound;
            }
        }

        return length - 1 >= MinLength ? new string(buffer[..length]) : null;
    }
}
