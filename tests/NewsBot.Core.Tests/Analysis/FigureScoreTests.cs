using System.Text.Json;
using NewsBot.Core.Analysis;
using NewsBot.Core.Figures;
using NewsBot.Testing;
using NewsBot.Testing.Corpora;
using Xunit.Abstractions;

namespace NewsBot.Core.Tests.Analysis;

/// <summary>
/// Scores the seeds and the real-article development set (per language) with the project's scoring rules
/// and fails below what the analyzer reaches, so a regression shows in CI. docs/ANALYSIS.md has the scores.
/// </summary>
public sealed class FigureScoreTests(ITestOutputHelper output)
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [SharedTheory]
    [InlineData("fr")]
    [InlineData("en")]
    public void Analyze_FiguresDev_MeetsTargetsPerLanguage(string language)
    {
        var folder = SharedData.Path("corpus", "figures-dev");
        var score = ScoreFolder(folder, Path.Combine(folder, "gold.json"), name => name.StartsWith(language, StringComparison.Ordinal));

        AssertAtLeast(score, recall: 0.90, precision: 0.95, qualifier: 0.90, attribution: 0.80);
    }

    [SharedFact]
    public void Analyze_Seeds_MeetTargetsOnAllFour()
    {
        var score = ScoreFolder(RepositoryRoot.Seeds, SharedData.Path("gold", "seed-figures.json"), _ => true);

        AssertAtLeast(score, recall: 0.95, precision: 0.95, qualifier: 0.95, attribution: 0.95);
    }

    private FigureScore ScoreFolder(string folder, string goldPath, Func<string, bool> include)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        var articles = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var figures = new Dictionary<string, IReadOnlyList<KeyFigure>>(StringComparer.Ordinal);
        foreach (var article in gold.RootElement.GetProperty("articles").EnumerateObject().Where(a => include(a.Name)))
        {
            articles[article.Name] = article.Value;
            // The title is the first line, as the folder reader takes it.
            var lines = File.ReadAllText(Path.Combine(folder, article.Name)).ReplaceLineEndings("\n").Split('\n', 2);
            figures[article.Name] = Analyzer.Analyze(lines[0].Trim(), lines.Length > 1 ? lines[1] : string.Empty).Figures;
        }

        var subset = JsonSerializer.SerializeToElement(articles);
        var score = FigureScorer.Score(subset, figures, output.WriteLine);
        output.WriteLine(score.ToString());
        return score;
    }

    private static void AssertAtLeast(FigureScore score, double recall, double precision, double qualifier, double attribution)
    {
        Assert.True(score.Recall >= recall, score.ToString());
        Assert.True(score.Precision >= precision, score.ToString());
        Assert.True(score.Qualifier >= qualifier, score.ToString());
        Assert.True(score.Attribution >= attribution, score.ToString());
    }
}
