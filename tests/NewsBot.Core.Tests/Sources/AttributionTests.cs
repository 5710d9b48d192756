using NewsBot.Core.Analysis;
using NewsBot.Core.Sources;

namespace NewsBot.Core.Tests.Sources;

public sealed class AttributionTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("Selon la préfecture, 3 000 habitants ont été évacués.", "préfecture")]
    [InlineData("D’après Météo-France, 120 communes sont en alerte rouge.", "Météo-France")]
    [InlineData("Le ministère de l’Intérieur a indiqué que 3 000 habitants ont été évacués.", "ministère de l’Intérieur")]
    [InlineData("« Nous avons relogé 3 000 habitants », a déclaré Anne Durand, maire de la ville.", "Anne Durand")]
    [InlineData("The interior ministry said 3,000 residents were evacuated.", "interior ministry")]
    [InlineData("According to Reuters, 3,000 residents were evacuated.", "Reuters")]
    [InlineData("\"We moved 3,000 residents,\" said John Carter, the county fire chief.", "John Carter")]
    public void Analyze_AttributedFigure_TakesItsSentenceSource(string text, string expected)
    {
        var figure = Assert.Single(Analyzer.Analyze(string.Empty, text).Figures);

        Assert.Equal(expected, figure.Source);
    }

    [Fact]
    public void Analyze_TwoSourcesInTwoSentences_EachFigureKeepsItsOwn()
    {
        var figures = Analyzer.Analyze(string.Empty,
            "Selon la préfecture, 3 000 habitants ont été évacués.\nD’après les pompiers, 40 maisons ont brûlé.").Figures;

        Assert.Equal("préfecture", figures[0].Source);
        Assert.Equal("pompiers", figures[1].Source);
    }

    [Fact]
    public void Analyze_CreditsAndSourceList_AreCollected()
    {
        var sources = Analyzer.Analyze(string.Empty,
            "Le dirigeant inspecte une base militaire. (KCNA via Reuters)\nCrédit : AFP\nLes sources de cet article incluent : AP News, des déclarations du Pentagone.").Sources;

        var names = sources.Select(s => s.Name).ToArray();
        Assert.Contains("KCNA", names);
        Assert.Contains("Reuters", names);
        Assert.Contains("AFP", names);
        Assert.Contains("AP News", names);
        Assert.Contains("Pentagone", names);
        Assert.Equal(SourceKind.Media, sources.First(s => s.Name == "Reuters").Kind);
        Assert.Equal(SourceKind.Official, sources.First(s => s.Name == "Pentagone").Kind);
    }

    [Theory]
    [InlineData("Alina Frolova", SourceKind.Person)]
    [InlineData("CBC News", SourceKind.Media)]
    [InlineData("services de renseignement sud-coréens", SourceKind.Official)]
    [InlineData("Stimson Center", SourceKind.Organization)]
    public void Classify_Name_GivesKind(string name, SourceKind expected) =>
        Assert.Equal(expected, SourceClassifier.Classify(name));
}
