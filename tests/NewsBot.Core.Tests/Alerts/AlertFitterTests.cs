using NewsBot.Core.Alerts;
using NewsBot.Core.Figures;

namespace NewsBot.Core.Tests.Alerts;

public sealed class AlertFitterTests
{
    private static readonly Alert Full = new()
    {
        Topic = "t",
        Title = "Un titre assez long pour être coupé",
        Summary = "Première phrase du résumé. Deuxième phrase du résumé. Troisième phrase.",
        Figures = Enumerable.Range(1, 6).Select(i => new AlertFigure { Text = $"{i} 000 soldats", What = "soldats", Qualifier = FigureQualifier.Exact, Sources = ["S" + i] }).ToList(),
        Sources = ["Reuters", "AP", "CBC News", "KCNA"],
        FeedName = "wire",
    };

    private static int Measure(Alert a) =>
        a.Title.Length + a.Summary.Length + a.Figures.Sum(f => f.Text.Length + 10) + a.Sources.Sum(s => s.Length + 2);

    [Fact]
    public void Fit_AlreadySmallEnough_ChangesNothing() => Assert.Same(Full, AlertFitter.Fit(Full, 10_000, Measure));

    [Fact]
    public void Fit_DropsSurplusFiguresBeforeTouchingTheSummary()
    {
        var fitted = AlertFitter.Fit(Full, Measure(Full) - 30, Measure);

        Assert.Equal(Full.Summary, fitted.Summary);
        Assert.True(fitted.Figures.Count < Full.Figures.Count);
        Assert.True(fitted.Figures.Count >= 3);
    }

    [Fact]
    public void Fit_VerySmallBudget_CutsOnlyAtSentenceAndWordBoundaries()
    {
        var fitted = AlertFitter.Fit(Full, 40, Measure);

        Assert.True(Measure(fitted) <= 40);
        Assert.Empty(fitted.Figures);
        Assert.All(
            (fitted.Title + " " + fitted.Summary).Split(' ', StringSplitOptions.RemoveEmptyEntries),
            word => Assert.True(Full.Title.Contains(word.TrimEnd('…'), StringComparison.Ordinal) || Full.Summary.Contains(word.TrimEnd('…'), StringComparison.Ordinal), word));
    }
}
