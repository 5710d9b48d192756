using NewsBot.Core.Text;

namespace NewsBot.Core.Figures;

/// <summary>
/// Makes one figure of a figure said twice: same value and same counted head noun, and no conflict of
/// sources. Two sources giving the same number ("jusqu’à 12 000" per intelligence, "Douze mille" per
/// an analyst) stay two figures. The merged figure keeps the first wording and the richer details.
/// </summary>
internal static class FigureMerger
{
    public static List<FigureCandidate> Merge(List<FigureCandidate> figures, bool french)
    {
        var merged = new List<FigureCandidate>(figures.Count);
        foreach (var figure in figures)
        {
            var index = merged.FindIndex(m => SameFigure(m, figure, french));
            if (index < 0)
            {
                merged.Add(figure);
                continue;
            }

            var kept = merged[index];
            merged[index] = kept with
            {
                Source = kept.Source ?? figure.Source,
                Qualifier = kept.Qualifier == FigureQualifier.Exact ? figure.Qualifier : kept.Qualifier,
                Unit = kept.Unit ?? figure.Unit,
            };
        }

        return merged;
    }

    private static bool SameFigure(FigureCandidate a, FigureCandidate b, bool french) =>
        a.Value.Equals(b.Value) &&
        Head(a.What, french) == Head(b.What, french) &&
        (a.Source is null || b.Source is null || FoldTable.Fold(a.Source) == FoldTable.Fold(b.Source)) &&
        (a.Qualifier == b.Qualifier || a.Qualifier == FigureQualifier.Exact || b.Qualifier == FigureQualifier.Exact);

    /// <summary>French puts the noun first ("soldats nord-coréens"), English last ("North Korean troops").</summary>
    private static string Head(string what, bool french)
    {
        var folded = FoldTable.Fold(what);
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = words.Length == 0 ? folded : french ? words[0] : words[^1];
        return head.TrimEnd('s', 'x');
    }
}
