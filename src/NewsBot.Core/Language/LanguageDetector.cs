using NewsBot.Core.Text;

namespace NewsBot.Core.Language;

/// <summary>
/// Tells French from English by counting function words: in news prose they are a third of the words,
/// so a few hundred tokens decide reliably, and the margin between the two counts is the confidence.
/// </summary>
internal static class LanguageDetector
{
    /// <summary>Only the first words are read: a few hundred decide, and a long article costs no more.</summary>
    public const int MaxWords = 400;

    public static LanguageGuess Detect(ArticleText text)
    {
        int french = 0, english = 0, words = 0;
        for (var i = 0; i < text.Count && words < MaxWords; i++)
        {
            if (text.Kind(i) != TokenKind.Word)
            {
                continue;
            }

            words++;
            var flags = StopWords.Either.TryGet(text.Fold(i), out var found) ? found : 0;
            french += flags & StopWords.FrenchFlag;
            english += (flags & StopWords.EnglishFlag) >> 1;
        }

        return Guess(french, english);
    }

    /// <summary>The guess from the function words among the first <see cref="MaxWords"/> words, counted elsewhere.</summary>
    /// <param name="french">French function words (a word of both languages counts in both).</param>
    /// <param name="english">English function words.</param>
    public static LanguageGuess Guess(int french, int english)
    {
        var hits = french + english;
        if (hits < 2)
        {
            return new LanguageGuess(LanguageGuess.Undetermined, 0);
        }

        var best = Math.Max(french, english);
        var margin = (double)best / hits;
        // Few function words make even a clear majority weak evidence.
        var support = Math.Min(1.0, hits / 12.0);
        var confidence = Math.Round(margin * (0.5 + 0.5 * support), 3);
        return new LanguageGuess(french >= english ? "fr" : "en", confidence);
    }
}
