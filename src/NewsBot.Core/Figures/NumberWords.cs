using NewsBot.Core.Text;

namespace NewsBot.Core.Figures;

internal enum NumberWordKind : byte
{
    /// <summary>0–99: added (vingt-trois, twenty-three).</summary>
    Units,

    /// <summary>cent, hundred, dozen: multiplies what precedes within the group.</summary>
    Hundred,

    /// <summary>mille, thousand, million, milliard, billion: closes a group.</summary>
    Scale,

    /// <summary>demi, half.</summary>
    Half,

    /// <summary>une dizaine, une centaine: a round, approximate count.</summary>
    Collective,

    /// <summary>"a" in "a million", "a dozen": one, only before a multiplier.</summary>
    Article,
}

internal readonly record struct NumberWord(double Value, NumberWordKind Kind);

/// <summary>French and English number words, folded.</summary>
internal static class NumberWords
{
    private static readonly WordMap<NumberWord> French = new(Build(
        ("zero", 0), ("un", 1), ("une", 1), ("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5), ("six", 6),
        ("sept", 7), ("huit", 8), ("neuf", 9), ("dix", 10), ("onze", 11), ("douze", 12), ("treize", 13),
        ("quatorze", 14), ("quinze", 15), ("seize", 16), ("vingt", 20), ("vingts", 20), ("trente", 30),
        ("quarante", 40), ("cinquante", 50), ("soixante", 60), ("septante", 70), ("huitante", 80), ("nonante", 90))
        .Concat(Kind(NumberWordKind.Hundred, ("cent", 100), ("cents", 100)))
        .Concat(Kind(NumberWordKind.Scale, ("mille", 1e3), ("million", 1e6), ("millions", 1e6), ("milliard", 1e9),
            ("milliards", 1e9), ("billion", 1e12), ("billions", 1e12)))
        .Concat(Kind(NumberWordKind.Half, ("demi", 0.5), ("demie", 0.5)))
        .Concat(Kind(NumberWordKind.Collective, ("dizaine", 10), ("douzaine", 12), ("quinzaine", 15), ("vingtaine", 20),
            ("trentaine", 30), ("quarantaine", 40), ("cinquantaine", 50), ("soixantaine", 60), ("centaine", 100),
            ("millier", 1000))));

    private static readonly WordMap<NumberWord> English = new(Build(
        ("zero", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
        ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14),
        ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20),
        ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90))
        .Concat(Kind(NumberWordKind.Hundred, ("hundred", 100), ("dozen", 12)))
        .Concat(Kind(NumberWordKind.Scale, ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12)))
        .Concat(Kind(NumberWordKind.Half, ("half", 0.5)))
        .Concat(Kind(NumberWordKind.Article, ("a", 1), ("an", 1))));

    /// <summary>Scale words and abbreviations that may follow digits: 1,3 million, $19.3bn, 5k.</summary>
    private static readonly WordMap<double> FrenchScales = new(Pairs(
        ("mille", 1e3), ("million", 1e6), ("millions", 1e6), ("milliard", 1e9), ("milliards", 1e9), ("md", 1e9),
        ("mds", 1e9), ("mrd", 1e9), ("mrds", 1e9), ("billion", 1e12), ("billions", 1e12), ("k", 1e3), ("m", 1e6),
        ("mln", 1e6), ("mio", 1e6), ("mlns", 1e6)));

    private static readonly WordMap<double> EnglishScales = new(Pairs(
        ("thousand", 1e3), ("million", 1e6), ("millions", 1e6), ("billion", 1e9), ("billions", 1e9), ("trillion", 1e12),
        ("bn", 1e9), ("b", 1e9), ("mn", 1e6), ("tn", 1e12), ("k", 1e3), ("m", 1e6), ("mln", 1e6), ("mlns", 1e6),
        ("bln", 1e9), ("bil", 1e9), ("mil", 1e6)));

    /// <summary>Only the article's own language is read: French "six" or "sept" are ordinary words in English.</summary>
    public static bool TryGet(ReadOnlySpan<char> folded, bool french, out NumberWord word) =>
        (french ? French : English).TryGet(folded, out word);

    public static bool TryGetScale(ReadOnlySpan<char> folded, bool french, out double scale) =>
        (french ? FrenchScales : EnglishScales).TryGet(folded, out scale);

    private static IEnumerable<KeyValuePair<string, NumberWord>> Build(params (string Word, double Value)[] units) =>
        Kind(NumberWordKind.Units, units);

    private static IEnumerable<KeyValuePair<string, NumberWord>> Kind(NumberWordKind kind, params (string Word, double Value)[] words) =>
        words.Select(w => new KeyValuePair<string, NumberWord>(w.Word, new NumberWord(w.Value, kind)));

    private static IEnumerable<KeyValuePair<string, double>> Pairs(params (string Word, double Value)[] words) =>
        words.Select(w => new KeyValuePair<string, double>(w.Word, w.Value));
}
