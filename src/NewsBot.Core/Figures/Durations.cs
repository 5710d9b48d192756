using NewsBot.Core.Text;

namespace NewsBot.Core.Figures;

/// <summary>
/// Units of time ("depuis deux ans", "for three weeks", "2 min read") are the story's chronology, and
/// ratings ("4 étoiles") a grade; neither is a figure.
/// </summary>
internal static class Durations
{
    private static readonly WordSet Words = new(
        "min mins mn an ans annee annees mois semaine semaines jour jours heure heures minute minutes secondes decennie " +
        "decennies siecle siecles year years month months week weeks day days hour hours seconds decade decades " +
        "century centuries fois times");

    /// <summary>Ratings: "4 étoiles", "five stars" grade a work, they count nothing.</summary>
    private static readonly WordSet Ratings = new("etoile etoiles star stars");

    // "seconde"/"second" alone are left out: "second with $24m" is a rank far more often than a time.
    public static bool IsDuration(string what)
    {
        var folded = FoldTable.Fold(what);
        var space = folded.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? folded : folded[..space];
        var last = folded[(folded.LastIndexOf(' ') + 1)..];
        return Words.Contains(first) || Words.Contains(last) || Ratings.Contains(first) || Ratings.Contains(last);
    }
}
