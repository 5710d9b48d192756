using System.Text;
using NewsBot.Core.Text;

namespace NewsBot.Core.Tests.Text;

public sealed class FoldTableTests
{
    [Theory]
    [InlineData("Corée", "coree")]
    [InlineData("COREE", "coree")]
    [InlineData("l’armée", "l'armee")]
    [InlineData("nord–coréens", "nord-coreens")]
    [InlineData("main-d’œuvre", "main-d'ouvre")]
    [InlineData("10\u202F000", "10 000")]
    public void Fold_KeepsLengthAndMatchesTextFolding(string text, string expected)
    {
        Assert.Equal(expected, FoldTable.Fold(text));
        Assert.Equal(text.Length, FoldTable.Fold(text).Length);
        Assert.Equal(TextFolding.Fold(text), FoldTable.Fold(text));
    }

    [Fact]
    public void Analyze_DecomposedAccents_AreComposedFirst()
    {
        var decomposed = "Les secours ont évacué 2 000 habitants du quartier.".Normalize(NormalizationForm.FormD);

        var figures = new NewsBot.Core.Analysis.ArticleAnalyzer().Analyze(string.Empty, decomposed).Figures;

        Assert.Equal("2 000 habitants", Assert.Single(figures).Text);
    }
}
