using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsBot.Core.Analysis;
using NewsBot.Core.Figures;
using NewsBot.Testing.Corpora;
using Xunit.Abstractions;

namespace NewsBot.Core.Tests.Sources;

/// <summary>
/// Scores cited sources, summaries and figure attribution on ../shared/corpus/figures-dev, each language
/// apart, the way ../shared/tools/score-sources-summary.py and score-figures.py do: a gold source matches an
/// output name when one contains the other word for word (or an alternative does), one to one; optional
/// names are neither rewarded nor punished; a summary fact is met when one of its stems is in the summary.
/// The floors are what the analyzer reached (docs/ANALYSIS.md), so a regression fails here.
/// </summary>
public sealed partial class SourcesSummaryGoldTests(ITestOutputHelper output)
{
    private const double MinSourcePrecision = 0.95;
    private const double MinSourceRecall = 0.95;
    private const double MinSummaryFacts = 0.90; // the issue's target; merged with the paragraph rebuild, English reaches 0.93
    private const double MinAttribution = 0.85;

    private static readonly ArticleAnalyzer Analyzer = new();

    [SharedTheory]
    [InlineData("fr")]
    [InlineData("en")]
    public void Analyze_FiguresDev_MeetsSourceSummaryAndAttributionFloors(string language)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(SharedData.Path("corpus", "figures-dev", "sources-summary.json")));
        int goldSources = 0, outSources = 0, matched = 0, facts = 0, factsMet = 0, empty = 0;
        foreach (var article in gold.RootElement.GetProperty("articles").EnumerateObject())
        {
            if (article.Value.GetProperty("language").GetString() != language)
            {
                continue;
            }

            var analysis = Analyze(article.Name);
            var sources = article.Value.GetProperty("sources").EnumerateArray().ToList();
            var optional = article.Value.GetProperty("sources_optional").EnumerateArray().ToList();
            var taken = new bool[sources.Count];
            foreach (var name in analysis.Sources.Select(s => s.Name))
            {
                var hit = Enumerable.Range(0, sources.Count).FirstOrDefault(i => !taken[i] && SourceMatches(sources[i], name), -1);
                if (hit >= 0)
                {
                    taken[hit] = true;
                    matched++;
                    outSources++;
                }
                else if (!sources.Any(s => SourceMatches(s, name)) && !optional.Any(s => SourceMatches(s, name)))
                {
                    outSources++;
                    output.WriteLine($"{article.Name}: false source '{name}'");
                }
            }

            goldSources += sources.Count;
            foreach (var missed in sources.Where((_, i) => !taken[i]))
            {
                output.WriteLine($"{article.Name}: missed source '{missed.GetProperty("name").GetString()}'");
            }

            var summary = Fold(analysis.Summary);
            empty += summary.Trim().Length == 0 ? 1 : 0;
            foreach (var group in article.Value.GetProperty("summary_must").EnumerateArray())
            {
                facts++;
                if (summary.Length > 0 && group.EnumerateArray().Any(stem => summary.Contains(Fold(stem.GetString()!), StringComparison.Ordinal)))
                {
                    factsMet++;
                }
                else
                {
                    output.WriteLine($"{article.Name}: summary lacks {group}");
                }
            }
        }

        var (attributed, attributedRight) = ScoreAttribution(language);
        var precision = Ratio(matched, outSources);
        var recall = Ratio(matched, goldSources);
        var factShare = Ratio(factsMet, facts);
        var attribution = Ratio(attributedRight, attributed);
        output.WriteLine($"{language}: sources precision {precision:F2} recall {recall:F2} ({goldSources}, {outSources}); summary facts {factShare:F2}, empty {empty}; attribution {attribution:F2} ({attributedRight}/{attributed})");
        Assert.True(precision >= MinSourcePrecision, $"sources precision {precision:F2}");
        Assert.True(recall >= MinSourceRecall, $"sources recall {recall:F2}");
        Assert.True(factShare >= MinSummaryFacts, $"summary facts {factShare:F2}");
        Assert.Equal(0, empty);
        Assert.True(attribution >= MinAttribution, $"attribution {attribution:F2}");
    }

    /// <summary>Figures matched to gold as score-figures.py does; of those with a gold source, how many carry it.</summary>
    private (int Attributed, int Right) ScoreAttribution(string language)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(SharedData.Path("corpus", "figures-dev", "gold.json")));
        int attributed = 0, right = 0;
        foreach (var article in gold.RootElement.GetProperty("articles").EnumerateObject())
        {
            if (article.Value.GetProperty("language").GetString() != language)
            {
                continue;
            }

            var figures = Analyze(article.Name).Figures;
            var used = new HashSet<int>();
            foreach (var required in article.Value.GetProperty("required").EnumerateArray())
            {
                var hit = Enumerable.Range(0, figures.Count).FirstOrDefault(i => !used.Contains(i) && Matches(figures[i], required), -1);
                if (hit < 0)
                {
                    continue;
                }

                used.Add(hit);
                if (!required.TryGetProperty("source", out var source))
                {
                    continue;
                }

                attributed++;
                var words = Plain(source.GetString()!).Replace('\'', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var want = words.Where(w => w.Length > 3).ToArray() is { Length: > 0 } long_ ? long_ : words;
                var got = Plain(figures[hit].Source ?? string.Empty);
                if (want.Any(w => got.Contains(w, StringComparison.Ordinal)))
                {
                    right++;
                }
                else
                {
                    output.WriteLine($"{article.Name}: source '{figures[hit].Source}' for {required}");
                }
            }
        }

        return (attributed, right);
    }

    private static bool Matches(KeyFigure figure, JsonElement gold)
    {
        var values = gold.TryGetProperty("values", out var many) ? many.EnumerateArray().Select(v => v.GetDouble()).ToArray() : [gold.GetProperty("value").GetDouble()];
        var text = Plain($"{figure.What} {figure.Unit} {figure.Text}");
        return values.Any(v => Math.Abs(figure.Value - v) <= Math.Max(1e-9, Math.Abs(v) * 0.002)) &&
               gold.GetProperty("what").EnumerateArray().Any(w => text.Contains(Plain(w.GetString()!), StringComparison.Ordinal));
    }

    /// <summary>
    /// The article about as the folder feed gives it (NewsBot.Feeds' PlainTextParagraphs): blank lines part
    /// paragraphs, a line that starts in lower case after one without a final stop continues it, the first
    /// paragraph is the title.
    /// </summary>
    private static ArticleAnalysis Analyze(string file)
    {
        var paragraphs = new List<string>();
        var previousWasBlank = true;
        foreach (var raw in File.ReadAllText(SharedData.Path("corpus", "figures-dev", file)).ReplaceLineEndings("\n").Split('\n'))
        {
            var line = string.Join(' ', raw.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
            if (line.Length == 0)
            {
                previousWasBlank = true;
                continue;
            }

            if (!previousWasBlank && paragraphs.Count > 0 && paragraphs[^1][^1] is not ('.' or '!' or '?' or '…' or ':' or ';' or '»' or '”' or '"' or ')' or ']') && char.IsLower(line[0]))
            {
                paragraphs[^1] += " " + line;
            }
            else
            {
                paragraphs.Add(line);
            }

            previousWasBlank = false;
        }

        return Analyzer.Analyze(paragraphs[0], string.Join("\n\n", paragraphs.Skip(1)));
    }

    private static bool SourceMatches(JsonElement gold, string name) =>
        new[] { gold.GetProperty("name").GetString()! }
            .Concat(gold.TryGetProperty("alts", out var alts) ? alts.EnumerateArray().Select(a => a.GetString()!) : [])
            .Any(alternative => Contains(alternative, name));

    private static bool Contains(string a, string b)
    {
        var x = WordFold(a);
        var y = WordFold(b);
        return x.Trim().Length > 0 && y.Trim().Length > 0 && (x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal));
    }

    /// <summary>Lower case without accents (score-figures.py's fold).</summary>
    private static string Plain(string s)
    {
        var decomposed = s.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().ToLowerInvariant();
    }

    /// <summary>score-sources-summary.py's fold: plain, ’ as ', other marks as spaces.</summary>
    private static string Fold(string s) =>
        string.Join(' ', NotKept().Replace(Plain(s).Replace('\u2019', '\''), " ").Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string WordFold(string s) =>
        " " + string.Join(' ', NotWord().Replace(Fold(s), " ").Split(' ', StringSplitOptions.RemoveEmptyEntries)) + " ";

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;

    [GeneratedRegex("[^a-z0-9%$£€,.'&]+")]
    private static partial Regex NotKept();

    [GeneratedRegex("[^a-z0-9&]+")]
    private static partial Regex NotWord();
}
