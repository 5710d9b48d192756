using NewsBot.Core.Analysis;

namespace NewsBot.Core.Tests.Language;

public sealed class LanguageDetectorTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("Les pompiers ont évacué les habitants de la vallée avant l’arrivée de la tempête, selon la préfecture.", "fr")]
    [InlineData("Firefighters evacuated the residents of the valley before the storm arrived, according to the county.", "en")]
    public void Analyze_Prose_IdentifiesLanguageConfidently(string text, string expected)
    {
        var result = Analyzer.Analyze(string.Empty, text);

        Assert.Equal(expected, result.Language);
        Assert.True(result.LanguageConfidence >= 0.7, $"confidence {result.LanguageConfidence}");
    }

    [Fact]
    public void Analyze_NoWords_IsUndetermined()
    {
        var result = Analyzer.Analyze(string.Empty, "12345 67890 !!! ???");

        Assert.Equal("und", result.Language);
        Assert.Equal(0, result.LanguageConfidence);
    }

    [Fact]
    public void Analyze_MixedText_IsLessConfidentThanPureText()
    {
        var pure = Analyzer.Analyze(string.Empty, "Les pompiers ont évacué les habitants de la vallée avant la tempête.");
        var mixed = Analyzer.Analyze(string.Empty, "Les pompiers ont évacué the residents of the valley before la tempête.");

        Assert.True(mixed.LanguageConfidence < pure.LanguageConfidence);
    }
}
