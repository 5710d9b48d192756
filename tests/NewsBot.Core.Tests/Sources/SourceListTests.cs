using NewsBot.Core.Analysis;
using NewsBot.Core.Sources;

namespace NewsBot.Core.Tests.Sources;

/// <summary>The cited-sources list an alert shows: everyone the article names as a source, once, with the right kind (issue 16, point 7).</summary>
public sealed class SourceListTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static string[] Names(string text) => Analyzer.Analyze(string.Empty, text).Sources.Select(s => s.Name).ToArray();

    [Fact]
    public void Analyze_ListOfSpeakers_CitesEachMember()
    {
        var names = Names("Campaign groups including Friends of the Earth, the World Development Movement, and War on Want said free trade was a barrier.");

        Assert.Equal(["War on Want", "World Development Movement", "Friends of the Earth"], names);
    }

    [Fact]
    public void Analyze_TwoSpeakersAfterTheVerb_CitesBoth()
    {
        var names = Names("600 étudiants ont quitté la station durant la nuit, ont ajouté les pompiers et la préfecture.");

        Assert.Equal(["pompiers", "préfecture"], names);
    }

    [Fact]
    public void Analyze_SpeakerOfABody_CitesPersonAndBody()
    {
        var sources = Analyzer.Analyze(string.Empty, "War on Want's John Hilary said: \"Compassionate rhetoric cannot disguise the reality.\"").Sources;

        Assert.Contains(sources, s => s is { Name: "John Hilary", Kind: SourceKind.Person });
        Assert.Contains(sources, s => s is { Name: "War on Want", Kind: SourceKind.Organization });
    }

    [Fact]
    public void Analyze_CitingAfterTheSpeaker_CitesBoth()
    {
        var names = Names("About 800 people marched Saturday in Paris, French broadcaster BFMTV reported, citing Paris police.");

        Assert.Contains("Paris police", names);
        Assert.Contains(names, n => n.EndsWith("BFMTV", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("À Lyon, les forces de l'ordre ont interpellé 30 personnes dans la nuit. (afp/nxp)", "afp")]
    [InlineData("Les matches sont reportés à une date encore non communiquée.\nParis (AFP) -", "AFP")]
    [InlineData("Les matches sont reportés à une date encore non communiquée.\n© 2018 AFP", "AFP")]
    [InlineData("LONDON (Reuters) - Insurers could face large claims after the disaster.", "Reuters")]
    public void Analyze_AgencyTagOrDateline_CitesTheAgencyAlone(string text, string expected) =>
        Assert.Equal([expected], Names(text));

    [Fact]
    public void Analyze_ByLine_IsNotASource() =>
        Assert.Empty(Names("CNN's Antoine Crouin reported from Paris, and Laura Smith-Spark wrote from London."));

    [Fact]
    public void Analyze_FigureCreditedToABody_ListsTheBody()
    {
        var analysis = Analyzer.Analyze(string.Empty, "Au dernier pointage du ministère de la Transition énergétique, le gazole a reculé de 3,7 %.");

        Assert.Equal("ministère de la Transition énergétique", Assert.Single(analysis.Figures).Source);
        Assert.Contains(analysis.Sources, s => s is { Name: "ministère de la Transition énergétique", Kind: SourceKind.Official });
    }

    [Fact]
    public void Analyze_CountedNoun_IsNotTheSource() =>
        Assert.Null(Assert.Single(Analyzer.Analyze(string.Empty, "Over 14,000 firefighters are on the front lines across the state.").Figures).Source);

    [Theory]
    [InlineData("Hollywood Reporter", SourceKind.Media)]
    [InlineData("World Development Movement", SourceKind.Organization)]
    [InlineData("Exhibitor Relations", SourceKind.Organization)]
    [InlineData("préfet de police", SourceKind.Official)]
    [InlineData("Zemaraï Bashary", SourceKind.Person)]
    public void Classify_Name_GivesKind(string name, SourceKind expected) =>
        Assert.Equal(expected, SourceClassifier.Classify(name));

    [Theory]
    [InlineData("when it")]
    [InlineData("later")]
    [InlineData("carrier")]
    [InlineData("année")]
    public void IsPlausible_ClauseWord_IsFalse(string name) => Assert.False(SourceClassifier.IsPlausible(name));

    [Theory]
    [InlineData("security official")]
    [InlineData("pompiers")]
    [InlineData("Enedis")]
    public void IsPlausible_BodyOrName_IsTrue(string name) => Assert.True(SourceClassifier.IsPlausible(name));
}
