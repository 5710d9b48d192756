using System.Text.Json;
using NewsBot.Core.Analysis;
using NewsBot.Core.Figures;
using NewsBot.Core.Text;
using NewsBot.Testing.Corpora;
using Xunit.Abstractions;

namespace NewsBot.Core.Tests.Analysis;

/// <summary>
/// Scores the analyzer over seeds/ against ../shared/gold/seed-figures.json.
/// A figure matches a gold figure when the values are equal and one of the gold "what" stems is contained
/// in our "what" (both accent-folded); each gold figure is matched at most once, required ones first,
/// preferring a candidate with the same qualifier. Extracted figures matching neither a required nor an
/// optional gold figure are false positives.
/// Source rule: after accent folding, our source matches the gold one if either contains the other
/// ("Frolova" vs "Alina Frolova", "principal service de renseignement ukrainien" vs "service de
/// renseignement ukrainien"), or if at least half of the content words (3+ letters, plural s dropped) of
/// the shorter one appear in the other.
/// </summary>
public sealed class GoldScoringTests(ITestOutputHelper output)
{
    [SharedFact]
    public void Analyze_Seeds_MeetsGoldTargets()
    {
        var goldPath = RepositoryFiles.GoldPath();
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        var analyzer = new ArticleAnalyzer();
        int required = 0, requiredFound = 0, extracted = 0, falsePositives = 0, found = 0, qualifierRight = 0, withSource = 0, sourceRight = 0;
        foreach (var article in gold.RootElement.GetProperty("articles").EnumerateObject())
        {
            var path = Path.Combine(NewsBot.Testing.RepositoryRoot.Seeds, article.Name);
            var figures = analyzer.Analyze(string.Empty, File.ReadAllText(path)).Figures.ToList();
            extracted += figures.Count;
            var free = new List<KeyFigure>(figures);
            foreach (var (list, isRequired) in new[] { ("required", true), ("optional", false) })
            {
                foreach (var g in article.Value.GetProperty(list).EnumerateArray())
                {
                    required += isRequired ? 1 : 0;
                    var match = free.Where(f => Matches(f, g)).OrderByDescending(f => QualifierOf(g) == f.Qualifier).FirstOrDefault();
                    if (match is null)
                    {
                        if (isRequired)
                        {
                            output.WriteLine($"MISSED {article.Name}: {g}");
                        }

                        continue;
                    }

                    free.Remove(match);
                    requiredFound += isRequired ? 1 : 0;
                    found++;
                    qualifierRight += QualifierOf(g) == match.Qualifier ? 1 : 0;
                    if (QualifierOf(g) != match.Qualifier)
                    {
                        output.WriteLine($"QUALIFIER {article.Name}: ours {match.Qualifier} for {g}");
                    }

                    if (g.TryGetProperty("source", out var source))
                    {
                        withSource++;
                        var right = SourceMatches(match.Source, source.GetString()!);
                        sourceRight += right ? 1 : 0;
                        if (!right)
                        {
                            output.WriteLine($"SOURCE {article.Name}: ours '{match.Source}' for {g}");
                        }
                    }
                }
            }

            falsePositives += free.Count;
            foreach (var f in free)
            {
                output.WriteLine($"FALSE POSITIVE {article.Name}: {f.Value} '{f.Text}' in: {f.Sentence}");
            }
        }

        var recall = Ratio(requiredFound, required);
        var precision = Ratio(extracted - falsePositives, extracted);
        var qualifierAccuracy = Ratio(qualifierRight, found);
        var sourceAccuracy = Ratio(sourceRight, withSource);
        output.WriteLine($"recall {recall:F3} ({requiredFound}/{required})");
        output.WriteLine($"precision {precision:F3} ({extracted - falsePositives}/{extracted})");
        output.WriteLine($"qualifier {qualifierAccuracy:F3} ({qualifierRight}/{found})");
        output.WriteLine($"source {sourceAccuracy:F3} ({sourceRight}/{withSource})");
        Assert.True(recall >= 0.95, $"recall {recall:F3}");
        Assert.True(precision >= 0.95, $"precision {precision:F3}");
        Assert.True(qualifierAccuracy >= 0.9, $"qualifier {qualifierAccuracy:F3}");
        Assert.True(sourceAccuracy >= 0.75, $"source {sourceAccuracy:F3}");
    }

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;

    private static bool Matches(KeyFigure figure, JsonElement gold)
    {
        var value = gold.GetProperty("value").GetDouble();
        if (Math.Abs(figure.Value - value) > 1e-9 * Math.Max(1, Math.Abs(value)))
        {
            return false;
        }

        var what = TextFolding.Fold(figure.What);
        return gold.GetProperty("what").EnumerateArray().Any(stem => what.Contains(TextFolding.Fold(stem.GetString()!), StringComparison.Ordinal));
    }

    private static FigureQualifier QualifierOf(JsonElement gold) => gold.GetProperty("qualifier").GetString() switch
    {
        "approx" => FigureQualifier.Approx,
        "at_least" => FigureQualifier.AtLeast,
        "at_most" => FigureQualifier.AtMost,
        _ => FigureQualifier.Exact,
    };

    internal static bool SourceMatches(string? ours, string gold)
    {
        if (string.IsNullOrWhiteSpace(ours) || ours.Length < 3)
        {
            return false;
        }

        var a = TextFolding.Fold(ours);
        var b = TextFolding.Fold(gold);
        if (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal))
        {
            return true;
        }

        var wordsA = ContentWords(a);
        var wordsB = ContentWords(b);
        var shorter = wordsA.Count <= wordsB.Count ? wordsA : wordsB;
        var longer = ReferenceEquals(shorter, wordsA) ? wordsB : wordsA;
        return shorter.Count > 0 && shorter.Count(longer.Contains) * 2 >= shorter.Count;
    }

    private static HashSet<string> ContentWords(string folded) =>
        folded.Split([' ', '\'', ',', '.', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 3 && w is not ("les" or "des" or "the" or "and"))
            .Select(w => w.TrimEnd('s'))
            .ToHashSet(StringComparer.Ordinal);
}
