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
}
