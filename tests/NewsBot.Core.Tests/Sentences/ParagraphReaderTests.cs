using NewsBot.Core.Analysis;

namespace NewsBot.Core.Tests.Sentences;

public sealed class ParagraphReaderTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("Storm hits coast\nPublished Sept. 9, 2023\n\nMore than 3,000 people were evacuated, officials said.")]
    [InlineData("Storm hits coast\nUpdated 12 3 2024\n\nMore than 3,000 people were evacuated, officials said.")]
    [InlineData("Tempête sur la côte\nMis à jour le 3 mars 2024\n\nPlus de 3 000 personnes ont été évacuées, selon la préfecture.")]
    public void Analyze_MetadataOnlyLine_SetsItAsideAndKeepsTheProse(string text)
    {
        var analysis = Analyzer.Analyze(string.Empty, text);

        var figure = Assert.Single(analysis.Figures);
        Assert.Equal(3000, figure.Value);
        Assert.DoesNotContain(analysis.Sentences, s => s.Contains("2023", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("U.K. insurers could face more than 30 mln\nstg of insurance claims, a spokesman said.")]
    [InlineData("U.K. insurers could face more than 30 mln\n\nstg of insurance claims, a spokesman said.")]
    [InlineData("The hull of the ship was insured by Townsend\nThoresen's parent company for 30 mln stg of claims.")]
    public void Analyze_HardWrappedLines_JoinedIntoOneSentence(string text)
    {
        var analysis = Analyzer.Analyze(string.Empty, text);

        Assert.Single(analysis.Sentences);
        Assert.Equal(30_000_000, Assert.Single(analysis.Figures).Value);
    }

    [Fact]
    public void Analyze_ProseEndingWithAgencyTag_IsNotACaption()
    {
        var text = string.Concat(Enumerable.Repeat("Les forces de l'ordre ont interpellé des casseurs dans la nuit. ", 8)) +
            "Au total, 30 personnes ont été interpellées à Lyon, selon la préfecture (afp/nxp)";

        var figure = Assert.Single(Analyzer.Analyze(string.Empty, text).Figures);

        Assert.Equal(30, figure.Value);
    }

    [Fact]
    public void Analyze_BulletList_StaysOneItemPerLine()
    {
        var analysis = Analyzer.Analyze(string.Empty, "Carr Fire:\n• 173,522 acres, 47% contained\n• 3,600 residents evacuated");

        Assert.Equal([173_522, 47, 3_600], analysis.Figures.Select(f => f.Value));
    }
}
