using NewsBot.Core.Figures;

namespace NewsBot.Core.Tests.Figures;

/// <summary>Numbers, qualifiers and what as the press writes them, in both languages (issue 16, points 3–5).</summary>
public sealed class PressNumberTests
{
    [Theory]
    [InlineData("U.K. insurers could face more than 30 mln stg of insurance claims, a spokesman said.", 30_000_000, "claims")]
    [InlineData("The nation's economy added 372-thousand jobs last month, and the jobless rate held at its lowest level in years.", 372_000, "jobs")]
    [InlineData("The unemployment rate stood at three-point-six percent in May.", 3.6, "rate")]
    [InlineData("Le club compte 25'000 membres dans le canton.", 25_000, "membres")]
    [InlineData("Le club compte 25’000 membres dans le canton.", 25_000, "membres")]
    [InlineData("Le groupe a perdu 12 M€ sur l’exercice.", 12_000_000, "€")]
    [InlineData("Larner said claims could total at least five mln stg from passengers.", 5_000_000, "stg")]
    public void Analyze_PressNumberForms_ReadsValue(string text, double value, string what)
    {
        var figure = FigureAssert.Single(text);

        Assert.Equal(value, figure.Value, 6);
        Assert.Contains(what, figure.What + " " + figure.Unit + " " + figure.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_ChangeThenLevel_GivesBothWithTheirWhat()
    {
        var figures = FigureAssert.Figures("Payrolls rose 25,000 to 1.2 million in March.");

        Assert.Equal([25_000, 1_200_000], figures.Select(f => f.Value));
        Assert.All(figures, f => Assert.Equal("Payrolls", f.What));
    }

    [Fact]
    public void Analyze_MinusSign_IsReadNotTakenForACode()
    {
        var figure = FigureAssert.Single("Le PIB de la région a reculé (-15 %) cette année.");

        Assert.Equal(15, figure.Value);
        Assert.StartsWith("-15", figure.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Au total, 22 personnes ont été tuées et 30 autres blessées dans la nuit.", 30, "blessées")]
    [InlineData("The toll has risen to 55 dead and more than 150 injured, many badly.", 150, "injured")]
    [InlineData("Le chômage est en hausse, soit une hausse de 83.000 sur trois mois.", 83_000, "hausse")]
    [InlineData("Un séisme d'une magnitude de 5,5 a été enregistré dans la nuit.", 5.5, "magnitude")]
    [InlineData("Some 77,000 protesters demonstrated, including 10,000 in Paris.", 10_000, "protesters")]
    public void Analyze_CountedNoun_IsTheWhat(string text, double value, string what)
    {
        var figure = FigureAssert.Figures(text).Single(f => f.Value == value);

        Assert.Contains(what, figure.What, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Growth had topped 9% in 2004 for the second year.", FigureQualifier.AtLeast)]
    [InlineData("Rates as high as 12% were offered to borrowers.", FigureQualifier.AtMost)]
    [InlineData("Upward of 2,000 troops were sent to the border.", FigureQualifier.AtLeast)]
    [InlineData("Le baril est repassé sous le seuil de 60 dollars vendredi.", FigureQualifier.AtMost)]
    [InlineData("Pas moins de 300 policiers ont été mobilisés.", FigureQualifier.AtLeast)]
    [InlineData("Une centaine de manifestants se sont rassemblés.", FigureQualifier.Approx)]
    [InlineData("By midafternoon, officials said about\n34,000 protesters had turned out.", FigureQualifier.Approx)]
    public void Analyze_QualifierAsWritten_IsKept(string text, FigureQualifier qualifier) =>
        Assert.Equal(qualifier, FigureAssert.Figures(text)[0].Qualifier);

    [Theory]
    [InlineData("Read this: 2 min read.")]
    [InlineData("The 5G network now reaches the whole region.")]
    [InlineData("Le film a obtenu 4 étoiles dans la presse.")]
    [InlineData("Ocean's Twelve took sixth place in the chart.")]
    [InlineData("The A320 landed safely at the airport.")]
    public void Analyze_NotAFigure_GivesNone(string text) => FigureAssert.None(text);

    [Fact]
    public void Analyze_Title_IsReadForFigures()
    {
        var analysis = new NewsBot.Core.Analysis.ArticleAnalyzer().Analyze("Chinese exports rise 25% in 2004", "Exports from China leapt during the year.");

        Assert.Contains(analysis.Figures, f => f.Value == 25 && f.Unit == "%");
        Assert.DoesNotContain(analysis.Sentences, s => s.Contains("25%", StringComparison.Ordinal));
    }
}
