using NewsBot.Core.Analysis;
using NewsBot.Core.Figures;

namespace NewsBot.Core.Tests.Figures;

internal static class FigureAssert
{
    private static readonly ArticleAnalyzer Analyzer = new();

    public static IReadOnlyList<KeyFigure> Figures(string text) => Analyzer.Analyze(string.Empty, text).Figures;

    public static KeyFigure Single(string text)
    {
        var figures = Figures(text);
        Assert.True(figures.Count == 1, $"expected one figure in «{text}», got {figures.Count}: {string.Join(" | ", figures.Select(f => f.Value + " " + f.What))}");
        return figures[0];
    }

    public static void None(string text)
    {
        var figures = Figures(text);
        Assert.True(figures.Count == 0, $"expected no figure in «{text}», got: {string.Join(" | ", figures.Select(f => f.Text))}");
    }
}
