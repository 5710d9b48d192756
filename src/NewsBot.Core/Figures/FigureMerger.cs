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
        var byKey = new Dictionary<(double, string), List<int>>();
        foreach (var figure in figures)
        {
            var key = (figure.Value, Head(figure.What, french));
            if (!byKey.TryGetValue(key, out var same))
            {
                byKey[key] = same = [];
            }

            var index = same.FindIndex(m => Compatible(merged[m], figure));
            index = index < 0 ? -1 : same[index];
            if (index < 0)
            {
                same.Add(merged.Count);
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

    private static bool Compatible(FigureCandidate a, FigureCandidate b) =>
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
