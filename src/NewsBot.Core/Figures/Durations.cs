using NewsBot.Core.Text;

namespace NewsBot.Core.Figures;

/// <summary>Units of time: "depuis deux ans", "for three weeks" are the story's chronology, not figures.</summary>
internal static class Durations
{
    private static readonly WordSet Words = new(
        "an ans annee annees mois semaine semaines jour jours heure heures minute minutes secondes decennie " +
        "decennies siecle siecles year years month months week weeks day days hour hours seconds decade decades " +
        "century centuries fois times");

    // "seconde"/"second" alone are left out: "second with $24m" is a rank far more often than a time.
    public static bool IsDuration(string what)
    {
        var folded = FoldTable.Fold(what);
        var space = folded.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? folded : folded[..space];
        var last = folded[(folded.LastIndexOf(' ') + 1)..];
        return Words.Contains(first) || Words.Contains(last);
    }
}
