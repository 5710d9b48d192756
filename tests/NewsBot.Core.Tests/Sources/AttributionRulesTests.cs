using NewsBot.Core.Analysis;
using NewsBot.Core.Sources;

namespace NewsBot.Core.Tests.Sources;

/// <summary>Who a figure is credited to, for the constructions the press uses to name a speaker (issue 16, point 6).</summary>
public sealed class AttributionRulesTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("Selon M. Dupont, 3 000 habitants ont été évacués.", "M. Dupont")]
    [InlineData("Selon Mme Durand, 3 000 habitants ont été évacués.", "Mme Durand")]
    [InlineData("According to Dr. Jane Smith, 3,000 residents were evacuated.", "Dr. Jane Smith")]
    public void Analyze_TitleBeforeName_StaysPartOfTheName(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(Analyzer.Analyze(string.Empty, text).Figures).Source);

    [Theory]
    [InlineData("John Carter, a spokesman, later said 3,000 residents were evacuated.", "John Carter")]
    [InlineData("Anne Durand, porte-parole de la mairie, a également indiqué que 3 000 habitants ont été évacués.", "Anne Durand")]
    public void Analyze_AdverbBeforeSpeechVerb_CreditsTheNamedSpeaker(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(Analyzer.Analyze(string.Empty, text).Figures).Source);

    [Theory]
    [InlineData("Les ventes ont reculé de 5 % sur un an. Le ministre a déclaré que la situation restait grave.")]
    [InlineData("Sales fell 5% from a year earlier. The minister said the situation remained serious.")]
    public void Analyze_SpeakerOfNextSentence_IsNotCreditedWithThePreviousFigure(string text) =>
        Assert.Null(Assert.Single(Analyzer.Analyze(string.Empty, text).Figures).Source);

    [Fact]
    public void Analyze_NormOrStandard_IsNotASource()
    {
        var analysis = Analyzer.Analyze(string.Empty,
            "Le taux de chômage, mesuré par l'Institut national de la statistique selon les normes du Bureau international du travail, est remonté de 0,2 point.");

        Assert.Equal("Institut national de la statistique", Assert.Single(analysis.Figures).Source);
        Assert.DoesNotContain(analysis.Sources, s => s.Name.Contains("normes", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_SelonLesNormes_CreditsNobody()
    {
        var analysis = Analyzer.Analyze(string.Empty, "Selon les normes du Bureau international du travail, le taux atteint 9 % de la population active.");

        Assert.Null(Assert.Single(analysis.Figures).Source);
        Assert.Empty(analysis.Sources);
    }

    [Theory]
    [InlineData("The count of 30 deaths reported by the country's interior ministry has not changed.", "interior ministry")]
    [InlineData("Une hausse de 3,7 % a été enregistrée en mars par l'Institut de la statistique.", "Institut de la statistique")]
    public void Analyze_PassiveAgent_IsTheSource(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(Analyzer.Analyze(string.Empty, text).Figures).Source);

    [Fact]
    public void Analyze_ToldReuters_CreditsTheSpeakerAndCitesTheAgency()
    {
        var analysis = Analyzer.Analyze(string.Empty, "The toll has risen to 55 dead, a security official told Reuters.");

        Assert.Equal("security official", Assert.Single(analysis.Figures).Source);
        Assert.Contains(analysis.Sources, s => s is { Name: "Reuters", Kind: SourceKind.Media });
    }

    [Fact]
    public void Analyze_SaidToTheAfpThenTheName_CreditsThePersonAndCitesTheAgency()
    {
        var analysis = Analyzer.Analyze(string.Empty, "« Nous avons relogé 900 étudiants », a assuré à l'AFP François Jobard, prévisionniste à Météo France.");

        Assert.Equal("François Jobard", Assert.Single(analysis.Figures).Source);
        Assert.Contains(analysis.Sources, s => s is { Name: "AFP", Kind: SourceKind.Media });
        Assert.Contains(analysis.Sources, s => s is { Name: "François Jobard", Kind: SourceKind.Person });
    }

    [Theory]
    [InlineData("Les séismes ont fait 19 morts, a déclaré le porte-parole du ministère, Zemaraï Bashary.", "Zemaraï Bashary")]
    [InlineData("It could cost at least 5 mln stg, said David Larner of Lloyds.", "David Larner")]
    [InlineData("State Administration of Taxation head Xie Xuren said tax revenues rose 25.7%.", "Xie Xuren")]
    [InlineData("War on Want's John Hilary said 300 jobs were lost.", "John Hilary")]
    public void Analyze_PersonNamedWithTitleOrBody_IsCreditedByName(string text, string expected)
    {
        var analysis = Analyzer.Analyze(string.Empty, text);

        Assert.Equal(expected, Assert.Single(analysis.Figures).Source);
        Assert.Contains(analysis.Sources, s => s.Name == expected && s.Kind == SourceKind.Person);
    }

    [Theory]
    [InlineData("Labor Department figures show the unemployment rate remained at 3.6 percent.", "Labor Department")]
    [InlineData("Le ministère de l'Intérieur a fait état d'un premier bilan de 19 tués.", "ministère de l'Intérieur")]
    [InlineData("Economists projected a rise of 4.5% in retail sales.", "Economists")]
    [InlineData("Le taux est passé à 3,7 %, a-t-on appris auprès de la préfecture.", "préfecture")]
    public void Analyze_ReportingConstruction_CreditsWhoReports(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(Analyzer.Analyze(string.Empty, text).Figures).Source);

    [Theory]
    [InlineData("Sales rose 4% last year, when it said demand was strong.")]
    [InlineData("The carrier said it flew 5,000 passengers in May.")]
    [InlineData("Les ventes ont atteint 300 unités cette année, a-t-il été précisé.")]
    [InlineData("The company said it sold 300 units, the group added.")]
    public void Analyze_ClauseWordsAndCommonNouns_NeverComeOutAsSources(string text) =>
        Assert.Empty(Analyzer.Analyze(string.Empty, text).Sources);

    [Fact]
    public void Analyze_SelonLui_IsTheLastPersonNamed()
    {
        var figures = Analyzer.Analyze(string.Empty,
            "Anne Durand a déclaré que la situation était grave. Selon elle, 3 000 habitants ont été évacués.").Figures;

        Assert.Equal("Anne Durand", Assert.Single(figures).Source);
    }

    [Theory]
    [InlineData("selon")]
    [InlineData("Selon M.")]
    [InlineData("selon Le Monde et")]
    [InlineData("according to Reuters and")]
    [InlineData("a déclaré")]
    [InlineData(", said")]
    [InlineData("told Reuters")]
    [InlineData("a assuré à l'AFP")]
    [InlineData("War on Want's")]
    [InlineData("Friends of the Earth, and")]
    [InlineData("citing")]
    [InlineData("reported by")]
    [InlineData("a fait état")]
    [InlineData("a-t-on appris auprès de")]
    [InlineData("Labor Department figures show")]
    [InlineData("(")]
    [InlineData("(afp/")]
    [InlineData("©")]
    [InlineData("Paris (AFP) -")]
    [InlineData("« 300 », a déclaré le porte-parole,")]
    public void Analyze_CueCutShort_GivesAnAnalysis(string text) =>
        Assert.NotNull(Analyzer.Analyze(text, text));
}
