using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsBot.Core.Figures;

namespace NewsBot.Core.Tests.Analysis;

/// <summary>Recall, precision, qualifier and attribution of extracted figures against a gold set.</summary>
internal sealed record FigureScore(double Recall, double Precision, double Qualifier, double Attribution, int Gold, int Extracted)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"recall {Recall:F2} precision {Precision:F2} qualifier {Qualifier:F2} attribution {Attribution:F2} ({Gold} gold, {Extracted} extracted)");
}

/// <summary>
/// The rules of ../shared/tools/score-figures.py, so the suite and the project's scorer agree: a gold figure
/// is found by the first unused figure with a close value (0.2 %) whose what, unit or text contains one of
/// its what stems (accent-folded); an extracted figure is right when its value is any gold value, required
/// or optional; a source is right when it holds one of the gold source's words of four letters or more.
/// </summary>
internal static class FigureScorer
{
    public static FigureScore Score(JsonElement goldArticles, IReadOnlyDictionary<string, IReadOnlyList<KeyFigure>> output, Action<string> log)
    {
        int required = 0, found = 0, extracted = 0, right = 0, qualifiers = 0, qualifiersRight = 0, sources = 0, sourcesRight = 0;
        foreach (var article in goldArticles.EnumerateObject())
        {
            var figures = output.TryGetValue(article.Name, out var f) ? f : [];
            var used = new HashSet<int>();
            foreach (var gold in Array(article.Value, "required"))
            {
                required++;
                var hit = -1;
                for (var i = 0; i < figures.Count && hit < 0; i++)
                {
                    if (!used.Contains(i) && Values(gold).Any(v => Close(figures[i].Value, v)) &&
                        gold.GetProperty("what").EnumerateArray().Any(w => TextOf(figures[i]).Contains(Fold(w.GetString()), StringComparison.Ordinal)))
                    {
                        hit = i;
                    }
                }

                if (hit < 0)
                {
                    log($"{article.Name}: missed {gold}");
                    continue;
                }

                used.Add(hit);
                found++;
                var figure = figures[hit];
                if (gold.TryGetProperty("qualifier", out var qualifier))
                {
                    qualifiers++;
                    var ok = Name(figure.Qualifier) == qualifier.GetString();
                    qualifiersRight += ok ? 1 : 0;
                    Log(ok, log, $"{article.Name}: qualifier {figure.Qualifier} for {gold}");
                }

                if (gold.TryGetProperty("source", out var source) && !string.IsNullOrEmpty(source.GetString()))
                {
                    sources++;
                    var words = Fold(source.GetString()).Replace('\'', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    var wanted = words.Where(w => w.Length > 3).ToArray() is { Length: > 0 } longWords ? longWords : words;
                    var got = Fold(figure.Source);
                    var ok = wanted.Length > 0 && wanted.Any(w => got.Contains(w, StringComparison.Ordinal));
                    sourcesRight += ok ? 1 : 0;
                    Log(ok, log, $"{article.Name}: source '{figure.Source}' for {gold}");
                }
            }

            var allowed = Array(article.Value, "required").Concat(Array(article.Value, "optional")).SelectMany(Values).ToList();
            foreach (var figure in figures)
            {
                extracted++;
                var ok = allowed.Any(v => Close(figure.Value, v));
                right += ok ? 1 : 0;
                Log(ok, log, $"{article.Name}: false positive {figure.Value} '{figure.Text}'");
            }
        }

        return new FigureScore(
            Ratio(found, required, 1), Ratio(right, extracted, 0), Ratio(qualifiersRight, qualifiers, 0), Ratio(sourcesRight, sources, 0), required, extracted);
    }

    private static void Log(bool ok, Action<string> log, string message)
    {
        if (!ok)
        {
            log(message);
        }
    }

    private static double Ratio(int a, int b, double empty) => b == 0 ? empty : (double)a / b;

    private static JsonElement[] Array(JsonElement article, string name) =>
        article.TryGetProperty(name, out var list) ? [.. list.EnumerateArray()] : [];

    private static IEnumerable<double> Values(JsonElement gold) => gold.TryGetProperty("values", out var values)
        ? values.EnumerateArray().Select(v => v.GetDouble())
        : [gold.GetProperty("value").GetDouble()];

    private static bool Close(double a, double b) => Math.Abs(a - b) <= Math.Max(1e-9, Math.Abs(b) * 0.002);

    private static string TextOf(KeyFigure figure) => Fold(string.Join(' ', figure.What, figure.Unit ?? string.Empty, figure.Text));

    private static string Name(FigureQualifier qualifier) => qualifier switch
    {
        FigureQualifier.Approx => "approx",
        FigureQualifier.AtLeast => "at_least",
        FigureQualifier.AtMost => "at_most",
        _ => "exact",
    };

    private static string Fold(string? text)
    {
        var decomposed = (text ?? string.Empty).Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }
}
