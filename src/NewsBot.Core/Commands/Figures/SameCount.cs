using NewsBot.Core.Figures;
using NewsBot.Core.Text;

namespace NewsBot.Core.Commands.Figures;

/// <summary>
/// Splits figures about one counted noun into the sets that count the same thing; only figures in one set
/// may be shown side by side as disagreeing. Two figures count the same thing when
/// <list type="bullet">
/// <item>the words that narrow the noun agree: one figure's are all among the other's ("soldats" and
/// "soldats nord-coréens" may be the same count; "soldats russes" and "soldats nord-coréens" are not), and</item>
/// <item>they are of one order of size: sources that disagree on one quantity differ by a small factor
/// (10 000 against 12 000), while an army's whole size next to the troops it sends, or the troops already
/// there next to those promised, differ by far more.</item>
/// </list>
/// </summary>
internal static class SameCount
{
    /// <summary>The largest figure of a set is at most this many times its smallest.</summary>
    private const double MaxRatio = 3;

    private static readonly char[] WordBreaks = [' ', '-', '\'', '’'];

    // Articles and prepositions inside a noun phrase narrow nothing ("de", "des", "of the").
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "de", "des", "du", "d", "l", "la", "le", "les", "un", "une", "en", "a", "au", "aux", "et", "par", "pour", "sur", "dans", "avec",
        "of", "the", "an", "and", "in", "on", "for", "to", "by", "with",
    };

    public static IReadOnlyList<List<StoryFigure>> Split(IEnumerable<StoryFigure> figures, bool french)
    {
        var sets = new List<List<(StoryFigure Figure, HashSet<string> Narrowing)>>();
        foreach (var figure in figures.OrderBy(f => f.Figure.Value).ThenBy(f => Upper(f.Figure)))
        {
            var narrowing = NarrowingWords(figure.Figure.What, french);
            var set = sets.FirstOrDefault(s => s.TrueForAll(member =>
                SameOrder(s[0].Figure.Figure, figure.Figure) && Agree(member.Narrowing, narrowing)));
            if (set is null)
            {
                sets.Add([(figure, narrowing)]);
            }
            else
            {
                set.Add((figure, narrowing));
            }
        }

        return sets.Select(s => s.Select(m => m.Figure).ToList()).ToList();
    }

    /// <summary>The counted noun's other words, folded and without plural: French narrows after the noun, English before it.</summary>
    internal static HashSet<string> NarrowingWords(string what, bool french)
    {
        var words = TextFolding.Fold(what).Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !FunctionWords.Contains(w))
            .ToList();
        if (words.Count > 0)
        {
            words.RemoveAt(french ? 0 : words.Count - 1);
        }

        return words.Select(w => w.TrimEnd('s', 'x')).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

    private static bool Agree(HashSet<string> a, HashSet<string> b) => a.IsSubsetOf(b) || b.IsSubsetOf(a);

    /// <summary>
    /// Whether <paramref name="figure"/>, no smaller than <paramref name="smallest"/>, is of its order of size.
    /// Ratios mean nothing across zero or below it (temperatures, changes): there only equal values agree.
    /// </summary>
    private static bool SameOrder(KeyFigure smallest, KeyFigure figure) =>
        smallest.Value > 0
            ? Upper(figure) <= smallest.Value * MaxRatio
            : Upper(figure) == Upper(smallest) && figure.Value == smallest.Value;

    private static double Upper(KeyFigure figure) => figure.ValueMax ?? figure.Value;
}
