using NewsBot.Core.Alerts;
using NewsBot.Core.Analysis;
using NewsBot.Core.Articles;
using NewsBot.Core.Delivery;
using NewsBot.Core.Figures;
using NewsBot.Core.Sources;
using NewsBot.Core.Subscriptions;

namespace NewsBot.Core.Tests.Alerts;

public sealed class AlertComposerTests
{
    private static readonly Subscription Subscription = new() { Id = 1, Channel = new ChannelAddress("t", "c"), Query = "Corée du Nord", CreatedAt = DateTimeOffset.UnixEpoch };

    private static AnalyzedArticle Article(long id, string title, IReadOnlyList<KeyFigure> figures, params string[] sources) => new(
        new Article { Id = id, FeedName = "wire", Title = title, Text = "…", ContentHash = id.ToString(System.Globalization.CultureInfo.InvariantCulture), FetchedAt = DateTimeOffset.UnixEpoch },
        ArticleAnalysis.Empty with
        {
            Summary = "Résumé.",
            Figures = figures,
            Sources = sources.Select(s => new CitedSource { Name = s, Kind = SourceKind.Media }).ToList(),
        });

    private static KeyFigure Figure(double value, string text, string what, string? source, FigureQualifier qualifier = FigureQualifier.Exact) =>
        new() { Value = value, Text = text, What = what, Qualifier = qualifier, Sentence = text + ".", Source = source };

    [Fact]
    public void Compose_SameFigureInTwoArticles_IsOneFigureWithBothSources()
    {
        var alert = AlertComposer.Compose(
            [
                Article(1, "A", [Figure(10000, "10 000 soldats", "soldats", "Pentagone")]),
                Article(2, "B", [Figure(10000, "environ 10 000 soldats", "soldat", "Zelensky", FigureQualifier.Approx)]),
            ],
            Subscription);

        var figure = Assert.Single(alert.Figures);
        Assert.Equal(["Pentagone", "Zelensky"], figure.Sources);
        Assert.Equal(2, alert.ArticleCount);
        Assert.Equal("A", alert.Title);
    }

    [Fact]
    public void Compose_DisagreeingFigures_AreBothKeptWithTheirSources()
    {
        var alert = AlertComposer.Compose(
            [Article(1, "A", [Figure(10000, "10 000 soldats", "soldats", "Pentagone"), Figure(12000, "jusqu’à 12 000 soldats", "soldats", "Kiev", FigureQualifier.AtMost)])],
            Subscription);

        Assert.Equal(["10 000 soldats", "jusqu’à 12 000 soldats"], alert.Figures.Select(f => f.Text));
    }

    [Fact]
    public void Compose_SourceNamedAgainByItsSurname_IsListedOnce()
    {
        var alert = AlertComposer.Compose([Article(1, "A", [], "Alina Frolova", "Reuters", "Frolova")], Subscription);

        Assert.Equal(["Alina Frolova", "Reuters"], alert.Sources);
    }
}
