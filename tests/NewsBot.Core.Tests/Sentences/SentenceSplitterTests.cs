using NewsBot.Core.Analysis;

namespace NewsBot.Core.Tests.Sentences;

public sealed class SentenceSplitterTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("M. Dupont a parlé hier soir. Il a ensuite quitté la salle.", 2)]
    [InlineData("Mme Martin a répondu aux questions. Elle a souri.", 2)]
    [InlineData("Dr. Smith arrived in the U.S. last week. She met the press.", 2)]
    [InlineData("The vote is set for Sept. 8 in the capital. Turnout is expected to be high.", 2)]
    [InlineData("La croissance a atteint 2.5 points cette année. Les économistes sont surpris.", 2)]
    [InlineData("« Nous restons prudents. La situation est grave », a déclaré le maire. Il a demandé du calme.", 3)]
    [InlineData("Le bilan (provisoire. selon les secours) reste lourd. Les recherches continuent.", 2)]
    public void Analyze_Sentences_SplitAtSentenceEndsOnly(string text, int expected) =>
        Assert.Equal(expected, Analyzer.Analyze(string.Empty, text).Sentences.Count);

    [Fact]
    public void Analyze_ClosingQuote_StaysWithItsSentence()
    {
        var sentences = Analyzer.Analyze(string.Empty, "Il a dit « c’est fini. » Puis il est parti.").Sentences;

        Assert.Equal("Il a dit « c’est fini. »", sentences[0]);
    }
}
