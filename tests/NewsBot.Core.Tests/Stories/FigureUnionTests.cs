using NewsBot.Core.Analysis;
using NewsBot.Core.Stories;
using NewsBot.Core.Tests.Subscriptions;

namespace NewsBot.Core.Tests.Stories;

public sealed class FigureUnionTests
{
    [Fact]
    public void Add_FigureReportedByTwoSeeds_IsOneFigureWithBothArticles()
    {
        var analyzer = new ArticleAnalyzer();
        var union = new FigureUnion();
        foreach (var seed in Topics.Seeds())
        {
            var analysis = analyzer.Analyze(seed.Title, seed.Text);
            union.Add(seed.Id, analysis.Figures, analysis.Language);
        }

        var figure = Assert.Single(union.Figures, f => f.Value == 12000 && f.What.Contains("soldats", StringComparison.Ordinal));
        Assert.True(figure.ArticleIds.Count >= 2, $"reported by {string.Join(", ", figure.ArticleIds)}");
        Assert.Equal(figure.Sources.Count, figure.Sources.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
