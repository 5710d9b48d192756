using NewsBot.Core.Text;

namespace NewsBot.Core.Figures;

/// <summary>
/// Reads the words that bound a number: "environ", "près de", "about" (approx); "plus de", "au moins",
/// "more than", "over" (at least); "jusqu’à", "moins de", "up to", "less than" (at most).
/// </summary>
internal static class QualifierReader
{
    // Longest phrases first so "pas plus de" wins over "plus de". Elided d' is matched as "de".
    private static readonly (string[] Words, FigureQualifier Qualifier)[] Before = Build(
        ("sous le seuil de", FigureQualifier.AtMost), ("sous le seuil des", FigureQualifier.AtMost),
        ("sous la barre de", FigureQualifier.AtMost), ("sous la barre des", FigureQualifier.AtMost),
        ("au-dessus de", FigureQualifier.AtLeast), ("au dela de", FigureQualifier.AtLeast), ("au-dela de", FigureQualifier.AtLeast),
        ("pas plus de", FigureQualifier.AtMost), ("pas moins de", FigureQualifier.AtLeast),
        ("as high as", FigureQualifier.AtMost), ("as much as", FigureQualifier.AtMost), ("upward of", FigureQualifier.AtLeast),
        ("no more than", FigureQualifier.AtMost), ("no fewer than", FigureQualifier.AtLeast), ("no less than", FigureQualifier.AtLeast),
        ("as many as", FigureQualifier.AtMost), ("in excess of", FigureQualifier.AtLeast), ("aux alentours de", FigureQualifier.Approx),
        ("de l' ordre de", FigureQualifier.Approx), ("a peu pres", FigureQualifier.Approx), ("tout au plus", FigureQualifier.AtMost),
        ("plus de", FigureQualifier.AtLeast), ("au moins", FigureQualifier.AtLeast), ("au minimum", FigureQualifier.AtLeast),
        ("more than", FigureQualifier.AtLeast), ("at least", FigureQualifier.AtLeast), ("upwards of", FigureQualifier.AtLeast),
        ("jusqu' a", FigureQualifier.AtMost), ("moins de", FigureQualifier.AtMost), ("au plus", FigureQualifier.AtMost),
        ("au maximum", FigureQualifier.AtMost), ("up to", FigureQualifier.AtMost), ("less than", FigureQualifier.AtMost),
        ("fewer than", FigureQualifier.AtMost), ("at most", FigureQualifier.AtMost), ("pres de", FigureQualifier.Approx),
        ("autour de", FigureQualifier.Approx), ("close to", FigureQualifier.Approx), ("an estimated", FigureQualifier.Approx),
        ("environ", FigureQualifier.Approx), ("quelque", FigureQualifier.Approx), ("approximativement", FigureQualifier.Approx),
        ("presque", FigureQualifier.Approx), ("quasiment", FigureQualifier.Approx), ("pratiquement", FigureQualifier.Approx),
        ("about", FigureQualifier.Approx), ("around", FigureQualifier.Approx), ("some", FigureQualifier.Approx),
        ("nearly", FigureQualifier.Approx), ("almost", FigureQualifier.Approx), ("roughly", FigureQualifier.Approx),
        ("approximately", FigureQualifier.Approx), ("estimated", FigureQualifier.Approx), ("circa", FigureQualifier.Approx),
        ("over", FigureQualifier.AtLeast), ("above", FigureQualifier.AtLeast), ("under", FigureQualifier.AtMost),
        ("topped", FigureQualifier.AtLeast), ("topping", FigureQualifier.AtLeast), ("exceeded", FigureQualifier.AtLeast),
        ("surpassed", FigureQualifier.AtLeast), ("depasse", FigureQualifier.AtLeast), ("depassant", FigureQualifier.AtLeast),
        ("~", FigureQualifier.Approx));

    /// <returns>The first token of the qualifier, or <paramref name="number"/> when there is none.</returns>
    public static int Read(ArticleText text, int number, int sentenceStart, out FigureQualifier qualifier)
    {
        foreach (var (words, q) in Before)
        {
            var i = number - 1;
            var w = words.Length - 1;
            while (w >= 0 && i >= sentenceStart && Matches(text, i, words[w]))
            {
                w--;
                i--;
            }

            if (w < 0)
            {
                qualifier = q;
                return i + 1;
            }
        }

        qualifier = FigureQualifier.Exact;
        return number;
    }

    /// <summary>"10 000 or more", "ou plus".</summary>
    public static int ReadAfter(ArticleText text, int i, int end, ref FigureQualifier qualifier)
    {
        if (i + 1 < end && (text.Is(i, "or") || text.Is(i, "ou") || text.Is(i, "et")) && (text.Is(i + 1, "more") || text.Is(i + 1, "plus")))
        {
            qualifier = FigureQualifier.AtLeast;
            return i + 2;
        }

        return i;
    }

    private static bool Matches(ArticleText text, int token, string word)
    {
        var folded = text.Fold(token);
        return folded.SequenceEqual(word) || (word == "de" && folded.SequenceEqual("d'"));
    }

    private static (string[] Words, FigureQualifier Qualifier)[] Build(params (string Phrase, FigureQualifier Qualifier)[] phrases) =>
        phrases.Select(p => (p.Phrase.Split(' '), p.Qualifier)).ToArray();
}
