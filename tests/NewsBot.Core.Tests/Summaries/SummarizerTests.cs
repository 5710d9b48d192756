using NewsBot.Core.Analysis;

namespace NewsBot.Core.Tests.Summaries;

public sealed class SummarizerTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Fact]
    public void Analyze_Seeds_SummaryIsTwoOrThreeSentencesWithinLimit()
    {
        foreach (var path in Analysis.RepositoryFiles.Seeds())
        {
            var result = Analyzer.Analyze(string.Empty, File.ReadAllText(path));

            Assert.InRange(result.Summary.Length, 1, 600);
            Assert.DoesNotContain("VOUS POUVEZ AUSSI AIMER", result.Summary, StringComparison.Ordinal);
            Assert.DoesNotContain("via Reuters", result.Summary, StringComparison.Ordinal);
            Assert.DoesNotContain("contactez-nous", result.Summary, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Analyze_CaptionTeaserAndFurniture_NeverInSummary()
    {
        var text = string.Join('\n',
            "Accéder au contenu principal",
            "Inondations dans le sud",
            "Les pluies torrentielles ont inondé la vallée du Rhône dans la nuit de mardi à mercredi.",
            "Le maire de la ville inspecte une digue endommagée. (Jean Dupont/AFP)",
            "Selon la préfecture, 3 000 habitants ont été évacués vers des gymnases de la ville.",
            "Les secours poursuivent les recherches dans les quartiers les plus touchés de la vallée.",
            "À voir aussi",
            "Les pluies ont inondé une autre vallée du pays hier soir, les habitants sont partis.");

        var summary = Analyzer.Analyze(string.Empty, text).Summary;

        Assert.Contains("3 000 habitants", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("AFP", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("autre vallée", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Accéder", summary, StringComparison.Ordinal);
    }
}
